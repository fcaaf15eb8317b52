-- CreateTable
CREATE TABLE "PageViewDaily" (
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "articleId" TEXT,
    "categoryId" TEXT,
    "views" INTEGER NOT NULL,

    CONSTRAINT "PageViewDaily_pkey" PRIMARY KEY ("day","path")
);

-- CreateTable
CREATE TABLE "SiteDaily" (
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "visitors" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SiteDaily_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "VisitorHash" (
    "day" DATE NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "VisitorHash_pkey" PRIMARY KEY ("day","hash")
);

-- CreateTable
CREATE TABLE "ReferrerDaily" (
    "day" DATE NOT NULL,
    "domain" TEXT NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "ReferrerDaily_pkey" PRIMARY KEY ("day","domain")
);

-- CreateTable
CREATE TABLE "DeviceDaily" (
    "day" DATE NOT NULL,
    "device" TEXT NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "DeviceDaily_pkey" PRIMARY KEY ("day","device")
);

-- CreateTable
CREATE TABLE "SearchTermDaily" (
    "day" DATE NOT NULL,
    "n" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "searches" INTEGER NOT NULL,
    "zeroResults" INTEGER NOT NULL,

    CONSTRAINT "SearchTermDaily_pkey" PRIMARY KEY ("day","n","term")
);

-- CreateTable
CREATE TABLE "RollupCursor" (
    "name" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RollupCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "PageViewDaily_articleId_day_idx" ON "PageViewDaily"("articleId", "day");

-- CreateIndex
CREATE INDEX "PageViewDaily_categoryId_day_idx" ON "PageViewDaily"("categoryId", "day");

-- CreateIndex
CREATE INDEX "SearchTermDaily_n_day_idx" ON "SearchTermDaily"("n", "day");
