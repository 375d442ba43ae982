-- DropIndex
DROP INDEX "TargetState_unitId_yearId_idx";

-- CreateIndex
CREATE INDEX "TargetState_unitId_yearId_level_lagPoints_overdueDays_title_idx" ON "TargetState"("unitId", "yearId", "level", "lagPoints" DESC, "overdueDays" DESC, "title", "targetId");
