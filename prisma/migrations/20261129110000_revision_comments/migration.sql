-- CreateTable
CREATE TABLE "RevisionComment" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevisionComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevisionComment_revisionId_createdAt_idx" ON "RevisionComment"("revisionId", "createdAt");

-- CreateIndex
CREATE INDEX "RevisionComment_authorId_createdAt_idx" ON "RevisionComment"("authorId", "createdAt");

-- AddForeignKey
ALTER TABLE "RevisionComment" ADD CONSTRAINT "RevisionComment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionComment" ADD CONSTRAINT "RevisionComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
