-- CreateEnum
CREATE TYPE "CommentStance" AS ENUM ('AGREE', 'DISAGREE', 'OTHER');

-- CreateEnum
CREATE TYPE "CommenterType" AS ENUM ('INDIVIDUAL', 'ORGANISATION', 'BUSINESS');

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "commenterType" "CommenterType",
ADD COLUMN     "consultationId" TEXT,
ADD COLUMN     "groupLocked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "liveUnitId" TEXT,
ADD COLUMN     "stance" "CommentStance",
ADD COLUMN     "unitId" TEXT,
ADD COLUMN     "versionId" TEXT,
ALTER COLUMN "articleId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Feedback_consultationId_state_publishedAt_idx" ON "Feedback"("consultationId", "state", "publishedAt");

-- CreateIndex
CREATE INDEX "Feedback_liveUnitId_idx" ON "Feedback"("liveUnitId");

-- CreateIndex
CREATE INDEX "Feedback_unitId_idx" ON "Feedback"("unitId");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConsultationVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "DraftUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_liveUnitId_fkey" FOREIGN KEY ("liveUnitId") REFERENCES "DraftUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An item belongs to exactly one article or one consultation; a consultation
-- comment always has its version and a stance (Prisma cannot express these).
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_one_target_check"
  CHECK (("articleId" IS NULL) <> ("consultationId" IS NULL));
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_comment_fields_check"
  CHECK ("consultationId" IS NULL OR ("versionId" IS NOT NULL AND "stance" IS NOT NULL AND "commenterType" IS NOT NULL));
