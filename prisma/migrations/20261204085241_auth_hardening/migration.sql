-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "rotatedAt" TIMESTAMP(3),
ADD COLUMN     "successorToken" TEXT;

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "username" TEXT NOT NULL,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("username")
);
