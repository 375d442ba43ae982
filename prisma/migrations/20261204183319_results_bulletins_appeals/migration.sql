-- CreateEnum
CREATE TYPE "SummaryRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "appealId" UUID;

-- CreateTable
CREATE TABLE "ResultSet" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "runCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResultSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryRun" (
    "id" UUID NOT NULL,
    "resultSetId" UUID NOT NULL,
    "runNo" INTEGER NOT NULL,
    "categoryIds" UUID[],
    "status" "SummaryRunStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "moved" INTEGER,
    "error" TEXT,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SummaryRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultCategory" (
    "resultSetId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "modelVersionNo" INTEGER NOT NULL,
    "runNo" INTEGER NOT NULL,
    "quotas" JSONB NOT NULL,
    "unitCount" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResultCategory_pkey" PRIMARY KEY ("resultSetId","categoryId")
);

-- CreateTable
CREATE TABLE "ResultUnit" (
    "id" UUID NOT NULL,
    "resultSetId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "final" DECIMAL(6,2) NOT NULL,
    "grade" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "receipt" JSONB NOT NULL,
    "missing" JSONB NOT NULL,
    "missingCount" INTEGER NOT NULL,
    "runNo" INTEGER NOT NULL,
    "prevFinal" DECIMAL(6,2),
    "prevGrade" TEXT,
    "prevRank" INTEGER,

    CONSTRAINT "ResultUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultWaiver" (
    "id" UUID NOT NULL,
    "resultSetId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultWaiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" UUID NOT NULL,
    "resultSetId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "docNo" TEXT NOT NULL,
    "preface" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "pdf" BYTEA,
    "publishedById" UUID NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulletinUnit" (
    "bulletinId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "final" DECIMAL(6,2) NOT NULL,
    "grade" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "receipt" JSONB NOT NULL,
    "waivers" JSONB NOT NULL,

    CONSTRAINT "BulletinUnit_pkey" PRIMARY KEY ("bulletinId","unitId")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "resultSetId" UUID NOT NULL,
    "bulletinId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "lineKey" TEXT NOT NULL,
    "lineLabel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'OPEN',
    "filedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "resolvedBulletinId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "workday" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResultSet_periodId_key" ON "ResultSet"("periodId");

-- CreateIndex
CREATE INDEX "ResultSet_yearId_idx" ON "ResultSet"("yearId");

-- CreateIndex
CREATE INDEX "SummaryRun_status_createdAt_idx" ON "SummaryRun"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryRun_resultSetId_runNo_key" ON "SummaryRun"("resultSetId", "runNo");

-- CreateIndex
CREATE INDEX "ResultUnit_resultSetId_unitId_idx" ON "ResultUnit"("resultSetId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultUnit_resultSetId_categoryId_unitId_key" ON "ResultUnit"("resultSetId", "categoryId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultWaiver_resultSetId_unitId_key_key" ON "ResultWaiver"("resultSetId", "unitId", "key");

-- CreateIndex
CREATE INDEX "Bulletin_yearId_publishedAt_idx" ON "Bulletin"("yearId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_resultSetId_versionNo_key" ON "Bulletin"("resultSetId", "versionNo");

-- CreateIndex
CREATE INDEX "BulletinUnit_unitId_idx" ON "BulletinUnit"("unitId");

-- CreateIndex
CREATE INDEX "Appeal_resultSetId_unitId_lineKey_idx" ON "Appeal"("resultSetId", "unitId", "lineKey");

-- CreateIndex
CREATE INDEX "Appeal_unitId_createdAt_idx" ON "Appeal"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Appeal_status_createdAt_idx" ON "Appeal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Document_appealId_idx" ON "Document"("appealId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSet" ADD CONSTRAINT "ResultSet_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "AssessmentPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSet" ADD CONSTRAINT "ResultSet_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "Year"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryRun" ADD CONSTRAINT "SummaryRun_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultCategory" ADD CONSTRAINT "ResultCategory_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultCategory" ADD CONSTRAINT "ResultCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AssessmentCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultUnit" ADD CONSTRAINT "ResultUnit_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultUnit" ADD CONSTRAINT "ResultUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultWaiver" ADD CONSTRAINT "ResultWaiver_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinUnit" ADD CONSTRAINT "BulletinUnit_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_resultSetId_fkey" FOREIGN KEY ("resultSetId") REFERENCES "ResultSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A document belongs to exactly one owner: a target, a report, an adjustment or an appeal.
ALTER TABLE "Document" DROP CONSTRAINT "Document_one_owner";
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner" CHECK (num_nonnulls("targetId", "reportId", "adjustmentId", "appealId") = 1);
-- At most one open appeal per line of a unit's receipt in a result set.
CREATE UNIQUE INDEX "Appeal_one_open_per_line" ON "Appeal"("resultSetId", "unitId", "lineKey") WHERE status = 'OPEN';
