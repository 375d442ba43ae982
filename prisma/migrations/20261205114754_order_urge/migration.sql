-- AlterTable
ALTER TABLE "SupervisionOrder" ADD COLUMN     "lastUrgedAt" TIMESTAMP(3),
ADD COLUMN     "urgeCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SupervisionUrge" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "urgedById" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionUrge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionUrge_orderId_createdAt_idx" ON "SupervisionUrge"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "SupervisionOrder_issuedById_dueDate_id_idx" ON "SupervisionOrder"("issuedById", "dueDate", "id");

-- AddForeignKey
ALTER TABLE "SupervisionUrge" ADD CONSTRAINT "SupervisionUrge_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "SupervisionOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
