-- CreateEnum
CREATE TYPE "SupervisionStatus" AS ENUM ('OPEN', 'RESPONDED', 'CLOSED');

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "periodKey" TEXT NOT NULL,
    "actualPercent" INTEGER NOT NULL,
    "actualValue" DECIMAL(14,4),
    "narrative" TEXT NOT NULL,
    "problems" TEXT,
    "nextSteps" TEXT,
    "reportedById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "targetId" UUID,
    "reportId" UUID,
    "fileName" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "title" TEXT,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "warnings" TEXT[],
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "reportId" UUID,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionOrder" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "reportId" UUID,
    "issuedById" UUID NOT NULL,
    "instruction" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "SupervisionStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedById" UUID,
    "respondedAt" TIMESTAMP(3),
    "closedById" UUID,
    "closedAt" TIMESTAMP(3),
    "closeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressReport_submittedAt_idx" ON "ProgressReport"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_targetId_periodKey_key" ON "ProgressReport"("targetId", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storedName_key" ON "Document"("storedName");

-- CreateIndex
CREATE INDEX "Document_targetId_idx" ON "Document"("targetId");

-- CreateIndex
CREATE INDEX "Document_reportId_idx" ON "Document"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_seriesId_versionNo_key" ON "Document"("seriesId", "versionNo");

-- CreateIndex
CREATE INDEX "Comment_targetId_idx" ON "Comment"("targetId");

-- CreateIndex
CREATE INDEX "Comment_reportId_idx" ON "Comment"("reportId");

-- CreateIndex
CREATE INDEX "SupervisionOrder_targetId_idx" ON "SupervisionOrder"("targetId");

-- CreateIndex
CREATE INDEX "SupervisionOrder_status_dueDate_idx" ON "SupervisionOrder"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Notification_accountId_readAt_idx" ON "Notification"("accountId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_accountId_dedupeKey_key" ON "Notification"("accountId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionOrder" ADD CONSTRAINT "SupervisionOrder_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionOrder" ADD CONSTRAINT "SupervisionOrder_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A document belongs to exactly one of a target or a report; percentages stay in range.
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner" CHECK (("targetId" IS NULL) <> ("reportId" IS NULL));
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_percent_range" CHECK ("actualPercent" BETWEEN 0 AND 100);
