-- CreateTable
CREATE TABLE "DossierFile" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DossierFile_path_idx" ON "DossierFile"("path");

-- CreateIndex
CREATE UNIQUE INDEX "DossierFile_versionId_position_key" ON "DossierFile"("versionId", "position");

-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConsultationVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
