-- DropForeignKey
ALTER TABLE "AssessingDepartment" DROP CONSTRAINT "AssessingDepartment_targetTypeId_fkey";

-- DropForeignKey
ALTER TABLE "AssessingDepartment" DROP CONSTRAINT "AssessingDepartment_indicatorId_fkey";

-- DropForeignKey
ALTER TABLE "AssessingDepartment" DROP CONSTRAINT "AssessingDepartment_targetId_fkey";

-- AddForeignKey
ALTER TABLE "AssessingDepartment" ADD CONSTRAINT "AssessingDepartment_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessingDepartment" ADD CONSTRAINT "AssessingDepartment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessingDepartment" ADD CONSTRAINT "AssessingDepartment_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
