-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('SUGGESTION', 'QUESTION');

-- CreateEnum
CREATE TYPE "FeedbackState" AS ENUM ('PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FeedbackRejectReason" AS ENUM ('SPAM', 'ABUSIVE', 'OFF_TOPIC', 'PERSONAL_DATA');

-- CreateEnum
CREATE TYPE "FeedbackMode" AS ENUM ('OPEN', 'CLOSED', 'HIDDEN');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "feedbackMode" "FeedbackMode" NOT NULL DEFAULT 'OPEN';

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "state" "FeedbackState" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "email" TEXT,
    "emailHash" TEXT,
    "sourceHash" TEXT,
    "tokenHash" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "spamScore" DOUBLE PRECISION,
    "groupId" TEXT,
    "rejectReason" "FeedbackRejectReason",
    "rejectNote" TEXT,
    "moderatorId" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "body" TEXT NOT NULL,
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

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpamToken" (
    "token" TEXT NOT NULL,
    "spamCount" INTEGER NOT NULL DEFAULT 0,
    "hamCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SpamToken_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "DailySalt" (
    "day" TEXT NOT NULL,
    "salt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailySalt_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_tokenHash_key" ON "Feedback"("tokenHash");

-- CreateIndex
CREATE INDEX "Feedback_articleId_state_publishedAt_idx" ON "Feedback"("articleId", "state", "publishedAt");

-- CreateIndex
CREATE INDEX "Feedback_state_createdAt_idx" ON "Feedback"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_emailHash_createdAt_idx" ON "Feedback"("emailHash", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_sourceHash_createdAt_idx" ON "Feedback"("sourceHash", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_groupId_idx" ON "Feedback"("groupId");

-- CreateIndex
CREATE INDEX "Feedback_createdAt_idx" ON "Feedback"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_feedbackId_key" ON "FeedbackAnswer"("feedbackId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_state_updatedAt_idx" ON "FeedbackAnswer"("state", "updatedAt");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Feedback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
