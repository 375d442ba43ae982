-- CreateEnum
CREATE TYPE "FrameworkProposalKind" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateEnum
CREATE TYPE "FrameworkProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "FrameworkProposal" (
    "id" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "targetTypeId" UUID NOT NULL,
    "kind" "FrameworkProposalKind" NOT NULL,
    "indicatorId" UUID,
    "indicatorVersion" INTEGER,
    "parentId" UUID,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,
    "status" "FrameworkProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,
    "proposedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FrameworkProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FrameworkProposal_yearId_status_createdAt_idx" ON "FrameworkProposal"("yearId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "FrameworkProposal_targetTypeId_status_idx" ON "FrameworkProposal"("targetTypeId", "status");

-- AddForeignKey
ALTER TABLE "FrameworkProposal" ADD CONSTRAINT "FrameworkProposal_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "Year"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkProposal" ADD CONSTRAINT "FrameworkProposal_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkProposal" ADD CONSTRAINT "FrameworkProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkProposal" ADD CONSTRAINT "FrameworkProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
