-- CreateIndex
CREATE INDEX "TargetState_yearId_deadline_idx" ON "TargetState"("yearId", "deadline");

-- CreateIndex
CREATE INDEX "Comment_createdAt_id_idx" ON "Comment"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "SupervisionOrder_yearId_createdAt_id_idx" ON "SupervisionOrder"("yearId", "createdAt" DESC, "id");
