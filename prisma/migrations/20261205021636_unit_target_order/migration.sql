-- DropIndex
DROP INDEX "Target_yearId_unitId_idx";

-- CreateIndex
CREATE INDEX "Target_yearId_unitId_updatedAt_id_idx" ON "Target"("yearId", "unitId", "updatedAt", "id");
