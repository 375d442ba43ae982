-- AlterTable
ALTER TABLE "SummaryRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3);
