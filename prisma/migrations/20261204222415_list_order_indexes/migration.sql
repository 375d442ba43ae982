-- DropIndex
DROP INDEX "ProgressReport_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Target_yearId_updatedAt_id_idx" ON "Target"("yearId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ProgressReport_submittedAt_id_idx" ON "ProgressReport"("submittedAt" DESC, "id");
