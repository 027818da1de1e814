-- CreateEnum
CREATE TYPE "WeekSlot" AS ENUM ('MON_MORNING', 'MON_AFTERNOON', 'MON_EVENING', 'TUE_MORNING', 'TUE_AFTERNOON', 'TUE_EVENING', 'WED_MORNING', 'WED_AFTERNOON', 'WED_EVENING', 'THU_MORNING', 'THU_AFTERNOON', 'THU_EVENING', 'FRI_MORNING', 'FRI_AFTERNOON', 'FRI_EVENING', 'SAT_MORNING', 'SAT_AFTERNOON', 'SAT_EVENING', 'SUN_MORNING', 'SUN_AFTERNOON', 'SUN_EVENING');

-- CreateEnum
CREATE TYPE "TravelRange" AS ENUM ('SETTLEMENT', 'REGION', 'ANYWHERE');

-- CreateEnum
CREATE TYPE "CallOutStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CallOutAnswer" AS ENUM ('COMING', 'CANT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'CALL_OUT';
ALTER TYPE "NotificationType" ADD VALUE 'CALL_OUT_UPDATE';
ALTER TYPE "NotificationType" ADD VALUE 'CALL_OUT_CLOSED';

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "callOutRegions" "RegionCode"[],
ADD COLUMN     "findable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "travelRange" "TravelRange" NOT NULL DEFAULT 'SETTLEMENT',
ADD COLUMN     "weeklyAvailability" "WeekSlot"[];

-- CreateTable
CREATE TABLE "CallOut" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "helpRequestId" TEXT,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "direction" "Direction" NOT NULL,
    "regions" "RegionCode"[],
    "settlements" TEXT[],
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "peopleNeeded" INTEGER NOT NULL,
    "minAge" INTEGER NOT NULL,
    "skills" TEXT[],
    "answerBy" TIMESTAMP(3) NOT NULL,
    "status" "CallOutStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "fanOutStartedAt" TIMESTAMP(3),
    "fanOutDoneAt" TIMESTAMP(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CallOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallOutRecipient" (
    "callOutId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "answer" "CallOutAnswer",
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CallOutRecipient_pkey" PRIMARY KEY ("callOutId","userId")
);

-- CreateTable
CREATE TABLE "CallOutUpdate" (
    "id" TEXT NOT NULL,
    "callOutId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallOutUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CallOut_projectId_key" ON "CallOut"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "CallOut_roleId_key" ON "CallOut"("roleId");

-- CreateIndex
CREATE INDEX "CallOut_status_answerBy_idx" ON "CallOut"("status", "answerBy");

-- CreateIndex
CREATE INDEX "CallOutRecipient_userId_createdAt_idx" ON "CallOutRecipient"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "CallOutRecipient_callOutId_answer_idx" ON "CallOutRecipient"("callOutId", "answer");

-- CreateIndex
CREATE INDEX "CallOutUpdate_callOutId_createdAt_idx" ON "CallOutUpdate"("callOutId", "createdAt");

-- CreateIndex
CREATE INDEX "VolunteerProfile_callOutRegions_idx" ON "VolunteerProfile" USING GIN ("callOutRegions");

-- AddForeignKey
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "ProjectRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOutRecipient" ADD CONSTRAINT "CallOutRecipient_callOutId_fkey" FOREIGN KEY ("callOutId") REFERENCES "CallOut"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOutRecipient" ADD CONSTRAINT "CallOutRecipient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOutUpdate" ADD CONSTRAINT "CallOutUpdate_callOutId_fkey" FOREIGN KEY ("callOutId") REFERENCES "CallOut"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOutUpdate" ADD CONSTRAINT "CallOutUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).

-- asar:custom
-- Hand-written SQL that Prisma cannot express. Existing volunteers start with no availability and
-- no call-out regions (never NULL, so "opted in for Atyrau" is one array test).
UPDATE "VolunteerProfile" SET "weeklyAvailability" = '{}' WHERE "weeklyAvailability" IS NULL;
UPDATE "VolunteerProfile" SET "callOutRegions" = '{}' WHERE "callOutRegions" IS NULL;
ALTER TABLE "VolunteerProfile" ALTER COLUMN "weeklyAvailability" SET DEFAULT '{}', ALTER COLUMN "weeklyAvailability" SET NOT NULL;
ALTER TABLE "VolunteerProfile" ALTER COLUMN "callOutRegions" SET DEFAULT '{}', ALTER COLUMN "callOutRegions" SET NOT NULL;
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_peopleNeeded_check" CHECK ("peopleNeeded" BETWEEN 1 AND 10000);
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_regions_check" CHECK (cardinality("regions") >= 1);
ALTER TABLE "CallOut" ADD CONSTRAINT "CallOut_closed_check" CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL));
