-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "documentType" TEXT NOT NULL,
    "draftingUnit" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "liveVersionId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationVersion" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "shortWindowReason" TEXT NOT NULL DEFAULT '',
    "draftText" TEXT NOT NULL,
    "preamble" TEXT NOT NULL DEFAULT '',
    "closing" TEXT NOT NULL DEFAULT '',
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

    CONSTRAINT "ConsultationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftUnit" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "parentAnchor" TEXT,

    CONSTRAINT "DraftUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_liveVersionId_key" ON "Consultation"("liveVersionId");

-- CreateIndex
CREATE INDEX "Consultation_publishedAt_idx" ON "Consultation"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ConsultationVersion_state_updatedAt_idx" ON "ConsultationVersion"("state", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationVersion_consultationId_number_key" ON "ConsultationVersion"("consultationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DraftUnit_versionId_anchor_key" ON "DraftUnit"("versionId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "DraftUnit_versionId_position_key" ON "DraftUnit"("versionId", "position");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_liveVersionId_fkey" FOREIGN KEY ("liveVersionId") REFERENCES "ConsultationVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationVersion" ADD CONSTRAINT "ConsultationVersion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationVersion" ADD CONSTRAINT "ConsultationVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationVersion" ADD CONSTRAINT "ConsultationVersion_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationVersion" ADD CONSTRAINT "ConsultationVersion_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftUnit" ADD CONSTRAINT "DraftUnit_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConsultationVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
