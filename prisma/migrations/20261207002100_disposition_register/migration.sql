-- CreateEnum
CREATE TYPE "DispositionOutcome" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'EXPLAINED', 'DUPLICATE');

-- CreateTable
CREATE TABLE "DispositionRegister" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
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

    CONSTRAINT "DispositionRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DispositionEntry" (
    "id" TEXT NOT NULL,
    "registerId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "outcome" "DispositionOutcome" NOT NULL,
    "response" TEXT NOT NULL,
    "duplicateOfId" TEXT,
    "lastEditorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DispositionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DispositionRegister_consultationId_key" ON "DispositionRegister"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "DispositionEntry_feedbackId_key" ON "DispositionEntry"("feedbackId");

-- CreateIndex
CREATE INDEX "DispositionEntry_registerId_idx" ON "DispositionEntry"("registerId");

-- AddForeignKey
ALTER TABLE "DispositionRegister" ADD CONSTRAINT "DispositionRegister_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispositionEntry" ADD CONSTRAINT "DispositionEntry_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DispositionRegister"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispositionEntry" ADD CONSTRAINT "DispositionEntry_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;
