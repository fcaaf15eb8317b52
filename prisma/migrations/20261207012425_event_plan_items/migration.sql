-- AlterTable
ALTER TABLE "EventRevision" ADD COLUMN     "planItemIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
