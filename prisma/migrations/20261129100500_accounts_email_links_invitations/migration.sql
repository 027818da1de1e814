-- CreateEnum
CREATE TYPE "AccountTokenKind" AS ENUM ('PASSWORD_RESET', 'EMAIL_CONFIRMATION');

-- CreateEnum
CREATE TYPE "AccountEmailKind" AS ENUM ('PASSWORD_RESET', 'EMAIL_CONFIRMATION', 'ORGANIZER_INVITATION');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'ORGANIZER_INVITATION' AFTER 'ORGANIZER_OWNERSHIP_RECEIVED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailConfirmedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AccountTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountEmail" (
    "id" TEXT NOT NULL,
    "kind" "AccountEmailKind" NOT NULL,
    "userId" TEXT,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountEmailRequest" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountEmailRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizerInvitation" (
    "id" TEXT NOT NULL,
    "organizerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "invitedById" TEXT,
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizerInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "AccountEmail_status_createdAt_idx" ON "AccountEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccountEmailRequest_email_createdAt_idx" ON "AccountEmailRequest"("email", "createdAt");

-- CreateIndex
CREATE INDEX "AccountEmailRequest_ip_createdAt_idx" ON "AccountEmailRequest"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "OrganizerInvitation_email_status_idx" ON "OrganizerInvitation"("email", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizerInvitation_organizerId_email_key" ON "OrganizerInvitation"("organizerId", "email");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountEmail" ADD CONSTRAINT "AccountEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizerInvitation" ADD CONSTRAINT "OrganizerInvitation_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizerInvitation" ADD CONSTRAINT "OrganizerInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).

-- Accounts made before addresses were confirmed keep working as before (they are on teams
-- already), so they count as confirmed from their sign-up.
UPDATE "User" SET "emailConfirmedAt" = "createdAt" WHERE "emailConfirmedAt" IS NULL;

-- Joining a team as a coordinator needs a confirmed address (it is how an invitation reaches
-- the right person), whatever code path inserts the row. The owner who signs an organizer up
-- is exempt: they are not added by anyone.
-- The function body is an E'' string with \073 for its semicolons: the engine splits on them.
CREATE FUNCTION "organizer_member_confirmed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."role" = \'COORDINATOR\' AND NOT EXISTS (
    SELECT 1 FROM "User" u WHERE u."id" = NEW."userId" AND u."emailConfirmedAt" IS NOT NULL
  ) THEN
    RAISE EXCEPTION \'asar:EMAIL_NOT_CONFIRMED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "OrganizerMember_confirmed" BEFORE INSERT ON "OrganizerMember"
  FOR EACH ROW EXECUTE FUNCTION "organizer_member_confirmed"();
