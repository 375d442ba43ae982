-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "returnReason" TEXT;
