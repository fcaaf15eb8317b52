-- CreateTable
CREATE TABLE "TrendDigest" (
    "day" DATE NOT NULL,
    "alerts" INTEGER NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrendDigest_pkey" PRIMARY KEY ("day")
);
