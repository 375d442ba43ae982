-- DropIndex
DROP INDEX "TargetState_yearId_deadline_idx";

-- CreateIndex
CREATE INDEX "TargetState_yearId_deadline_title_targetId_idx" ON "TargetState"("yearId", "deadline", "title", "targetId");
