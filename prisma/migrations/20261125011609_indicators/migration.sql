-- CreateEnum
CREATE TYPE "ReportingRhythm" AS ENUM ('MONTHLY', 'QUARTERLY');

-- AlterTable
ALTER TABLE "TargetType" ADD COLUMN     "reportingRhythm" "ReportingRhythm" NOT NULL DEFAULT 'MONTHLY';

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "parentId" UUID,
    "level" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "weightBp" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "targetTypeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indicator_yearId_parentId_idx" ON "Indicator"("yearId", "parentId");

-- CreateIndex
CREATE INDEX "Indicator_parentId_idx" ON "Indicator"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_yearId_code_key" ON "Indicator"("yearId", "code");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "Year"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (invisible to the schema diff, see docs/decisions/0001): the database refuses what the service never writes.
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_weightBp_range" CHECK ("weightBp" > 0 AND "weightBp" <= 10000);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_level_range" CHECK ("level" BETWEEN 1 AND 3);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_root_level" CHECK (("parentId" IS NULL) = ("level" = 1));
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_type_on_first_level" CHECK ("targetTypeId" IS NULL OR "level" = 1);
