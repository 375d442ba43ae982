-- CreateIndex
CREATE INDEX "BulletinUnit_bulletinId_categoryId_position_idx" ON "BulletinUnit"("bulletinId", "categoryId", "position");
