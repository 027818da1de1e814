-- CreateEnum
CREATE TYPE "HelpCategory" AS ENUM ('ELDERLY', 'HEALTH_NEEDS', 'CHILDREN_FAMILIES', 'HUMANITARIAN_AID', 'ANIMALS', 'ENVIRONMENT', 'EMERGENCY', 'SEARCH_RESCUE', 'OTHER');

-- AlterEnum
ALTER TYPE "AccountEmailKind" ADD VALUE 'HELP_REQUEST_UPDATE';

-- The table was never written (no route, seed or job created a row before issue 11): empty it so
-- the new NOT NULL columns need no defaults.
DELETE FROM "HelpRequest";

-- AlterEnum
BEGIN;
CREATE TYPE "HelpRequestStatus_new" AS ENUM ('NEW', 'IN_PROGRESS', 'RESOLVED', 'DECLINED', 'DUPLICATE');
ALTER TABLE "HelpRequest" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "HelpRequest" ALTER COLUMN "status" TYPE "HelpRequestStatus_new" USING ("status"::text::"HelpRequestStatus_new");
ALTER TYPE "HelpRequestStatus" RENAME TO "HelpRequestStatus_old";
ALTER TYPE "HelpRequestStatus_new" RENAME TO "HelpRequestStatus";
DROP TYPE "HelpRequestStatus_old";
ALTER TABLE "HelpRequest" ALTER COLUMN "status" SET DEFAULT 'NEW';
COMMIT;

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'HELP_REQUEST_RECEIVED';
ALTER TYPE "NotificationType" ADD VALUE 'HELP_REQUEST_ASSIGNED';
ALTER TYPE "NotificationType" ADD VALUE 'HELP_REQUEST_ANSWERED';
ALTER TYPE "NotificationType" ADD VALUE 'HELP_REQUESTS_SURGE';
ALTER TYPE "NotificationType" ADD VALUE 'HELP_REQUESTS_OVERDUE';

-- DropForeignKey
ALTER TABLE "HelpRequest" DROP CONSTRAINT "HelpRequest_handledById_fkey";

-- AlterTable
ALTER TABLE "AccountEmail" ADD COLUMN     "helpRequestId" TEXT;

-- AlterTable
ALTER TABLE "HelpRequest" DROP COLUMN "direction",
DROP COLUMN "handledById",
DROP COLUMN "requesterContact",
DROP COLUMN "requesterKind",
DROP COLUMN "triageNote",
ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "address" TEXT,
ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "category" "HelpCategory" NOT NULL,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "consentToShare" BOOLEAN NOT NULL,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "duplicateOfId" TEXT,
ADD COLUMN     "firstActionAt" TIMESTAMP(3),
ADD COLUMN     "locale" "Locale" NOT NULL,
ADD COLUMN     "neededOn" DATE,
ADD COLUMN     "outcomeReason" TEXT,
ADD COLUMN     "peopleNeeded" INTEGER NOT NULL,
ADD COLUMN     "personalDataErasedAt" TIMESTAMP(3),
ADD COLUMN     "surge" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "trackingToken" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "requesterName" DROP NOT NULL,
ALTER COLUMN "settlement" SET NOT NULL;

-- DropEnum
DROP TYPE "RequesterKind";

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_trackingToken_key" ON "HelpRequest"("trackingToken");

-- CreateIndex
CREATE INDEX "HelpRequest_assignedOrganizerId_status_idx" ON "HelpRequest"("assignedOrganizerId", "status");

-- CreateIndex
CREATE INDEX "HelpRequest_closedAt_idx" ON "HelpRequest"("closedAt");

-- AddForeignKey
ALTER TABLE "AccountEmail" ADD CONSTRAINT "AccountEmail_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "HelpRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_peopleNeeded_check" CHECK ("peopleNeeded" BETWEEN 1 AND 500);
-- A way to reach the person, until the personal data is erased.
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_contact_check"
  CHECK ("personalDataErasedAt" IS NOT NULL OR "contactPhone" IS NOT NULL OR "contactEmail" IS NOT NULL);
-- Closed exactly when the outcome is final.
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_closed_check"
  CHECK (("closedAt" IS NOT NULL) = ("status" IN ('RESOLVED', 'DECLINED', 'DUPLICATE')));
