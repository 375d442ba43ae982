-- CreateEnum
CREATE TYPE "TargetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "TargetOrigin" AS ENUM ('DECLARED', 'ASSIGNED', 'SPECIAL');

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "targetTypeId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "expectedResult" TEXT NOT NULL,
    "maxScore" DECIMAL(6,2) NOT NULL,
    "metricUnit" TEXT,
    "metricTarget" DECIMAL(14,4),
    "origin" "TargetOrigin" NOT NULL,
    "specialTaskId" UUID,
    "status" "TargetStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "createdById" UUID,
    "publishedRevisionNo" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetMilestone" (
    "targetId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "plannedPercent" INTEGER NOT NULL,

    CONSTRAINT "TargetMilestone_pkey" PRIMARY KEY ("targetId","period")
);

-- CreateTable
CREATE TABLE "TargetResponsible" (
    "targetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "shareBp" INTEGER NOT NULL,

    CONSTRAINT "TargetResponsible_pkey" PRIMARY KEY ("targetId","personId")
);

-- CreateTable
CREATE TABLE "TargetRevision" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "revisionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "status" "TargetStatus" NOT NULL,
    "reason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "TargetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialTask" (
    "id" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpecialTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Target_yearId_unitId_idx" ON "Target"("yearId", "unitId");

-- CreateIndex
CREATE INDEX "Target_yearId_targetTypeId_idx" ON "Target"("yearId", "targetTypeId");

-- CreateIndex
CREATE INDEX "Target_yearId_status_idx" ON "Target"("yearId", "status");

-- CreateIndex
CREATE INDEX "Target_indicatorId_idx" ON "Target"("indicatorId");

-- CreateIndex
CREATE INDEX "Target_specialTaskId_idx" ON "Target"("specialTaskId");

-- CreateIndex
CREATE INDEX "TargetResponsible_personId_idx" ON "TargetResponsible"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetRevision_targetId_revisionNo_key" ON "TargetRevision"("targetId", "revisionNo");

-- CreateIndex
CREATE INDEX "SpecialTask_yearId_idx" ON "SpecialTask"("yearId");

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "Year"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_specialTaskId_fkey" FOREIGN KEY ("specialTaskId") REFERENCES "SpecialTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetMilestone" ADD CONSTRAINT "TargetMilestone_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetResponsible" ADD CONSTRAINT "TargetResponsible_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetResponsible" ADD CONSTRAINT "TargetResponsible_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialTask" ADD CONSTRAINT "SpecialTask_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "Year"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (invisible to the schema diff, see docs/decisions/0001): the database refuses what the service never writes.
ALTER TABLE "Target" ADD CONSTRAINT "Target_maxScore_positive" CHECK ("maxScore" > 0);
ALTER TABLE "Target" ADD CONSTRAINT "Target_published_revision" CHECK ("publishedRevisionNo" IS NULL OR "publishedRevisionNo" >= 1);
ALTER TABLE "TargetMilestone" ADD CONSTRAINT "TargetMilestone_percent_range" CHECK ("plannedPercent" BETWEEN 0 AND 100);
ALTER TABLE "TargetMilestone" ADD CONSTRAINT "TargetMilestone_period_key" CHECK ("period" ~ '^(M(0[1-9]|1[0-2])|Q[1-4])$');
ALTER TABLE "TargetResponsible" ADD CONSTRAINT "TargetResponsible_share_range" CHECK ("shareBp" > 0 AND "shareBp" <= 10000);
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_no_positive" CHECK ("revisionNo" >= 1);
