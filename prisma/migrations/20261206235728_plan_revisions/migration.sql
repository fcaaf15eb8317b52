-- AlterTable
ALTER TABLE "CommunicationPlan" ADD COLUMN     "liveRevisionId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "targetDate" DATE,
ADD COLUMN     "unit" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "decisionRef" TEXT NOT NULL DEFAULT '',
    "basis" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "items" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "contributorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "submitterId" TEXT,
    "approverId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "rejectionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanRevision_state_updatedAt_idx" ON "PlanRevision"("state", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanRevision_planId_number_key" ON "PlanRevision"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationPlan_liveRevisionId_key" ON "CommunicationPlan"("liveRevisionId");

-- AddForeignKey
ALTER TABLE "CommunicationPlan" ADD CONSTRAINT "CommunicationPlan_liveRevisionId_fkey" FOREIGN KEY ("liveRevisionId") REFERENCES "PlanRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CommunicationPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every plan so far was imported from source text and shown to the public:
-- it stays public. From now on a plan written by staff is public only once
-- a revision of it is approved.
UPDATE "CommunicationPlan" SET "publishedAt" = "createdAt" WHERE "publishedAt" IS NULL;
