-- CreateEnum
CREATE TYPE "VolunteerInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'VOLUNTEER_INVITATION';

-- CreateTable
CREATE TABLE "VolunteerInvitation" (
    "id" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "organizerId" TEXT NOT NULL,
    "invitedById" TEXT,
    "message" TEXT,
    "status" "VolunteerInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VolunteerInvitation_volunteerId_createdAt_idx" ON "VolunteerInvitation"("volunteerId", "createdAt");

-- CreateIndex
CREATE INDEX "VolunteerInvitation_projectId_volunteerId_idx" ON "VolunteerInvitation"("projectId", "volunteerId");

-- CreateIndex
CREATE INDEX "VolunteerInvitation_organizerId_createdAt_idx" ON "VolunteerInvitation"("organizerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerInvitation_roleId_volunteerId_key" ON "VolunteerInvitation"("roleId", "volunteerId");

-- AddForeignKey
ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "ProjectRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- asar:custom
-- Function bodies are E-strings whose semicolons are written \073: the migration engine splits
-- the file on every semicolon, even inside quotes.
-- The rules of inviting a volunteer (docs/decisions/0031-finding-and-inviting-volunteers.md),
-- held by the database so no code path (and no race) can break them:
-- 1. At most 2 invitations per volunteer per calendar month in Kazakhstan time, across all
--    organizers: each insert locks the volunteer's profile row, then counts that month's
--    invitations, so two organizers inviting the same person at once queue on the lock and the
--    second sees the first's row (read committed takes a new snapshot per statement).
-- 2. Only a findable adult is invited: a minor or someone who is not findable is refused.
-- 3. The invitation names the role's own project and that project's organizer.
-- 4. Applying to the role (any path: the project page, a call-out answer) accepts a pending
--    invitation to it, and the audit log says so.

ALTER TABLE "VolunteerInvitation" ADD CONSTRAINT "VolunteerInvitation_message_length" CHECK (char_length("message") <= 500);

CREATE FUNCTION "volunteer_invitation_rules"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  profile RECORD\073
  month_start timestamp\073
  taken integer\073
BEGIN
  PERFORM 1 FROM "ProjectRole" r JOIN "Project" p ON p."id" = r."projectId"
    WHERE r."id" = NEW."roleId" AND p."id" = NEW."projectId" AND p."organizerId" = NEW."organizerId"\073
  IF NOT FOUND THEN
    RAISE EXCEPTION \'asar:INVITATION_MISMATCH\' USING ERRCODE = \'P0001\'\073
  END IF\073
  SELECT "birthDate", "findable" INTO profile FROM "VolunteerProfile"
    WHERE "userId" = NEW."volunteerId" FOR NO KEY UPDATE\073
  IF NOT FOUND OR NOT profile."findable"
     OR profile."birthDate" > ((now() AT TIME ZONE \'Asia/Almaty\')::date - interval \'18 years\') THEN
    RAISE EXCEPTION \'asar:INVITATION_NOT_ALLOWED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  month_start := (date_trunc(\'month\', (NEW."createdAt" AT TIME ZONE \'UTC\') AT TIME ZONE \'Asia/Almaty\')
    AT TIME ZONE \'Asia/Almaty\') AT TIME ZONE \'UTC\'\073
  SELECT count(*) INTO taken FROM "VolunteerInvitation"
    WHERE "volunteerId" = NEW."volunteerId" AND "createdAt" >= month_start
      AND "createdAt" < ((month_start AT TIME ZONE \'UTC\') AT TIME ZONE \'Asia/Almaty\' + interval \'1 month\')
        AT TIME ZONE \'Asia/Almaty\' AT TIME ZONE \'UTC\'\073
  IF taken >= 2 THEN
    RAISE EXCEPTION \'asar:INVITATION_MONTHLY_CAP\' USING ERRCODE = \'P0001\'\073
  END IF\073
  RETURN NEW\073
END ';

CREATE TRIGGER "VolunteerInvitation_rules" BEFORE INSERT ON "VolunteerInvitation"
  FOR EACH ROW EXECUTE FUNCTION "volunteer_invitation_rules"();

CREATE FUNCTION "application_accepts_invitation"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  accepted RECORD\073
BEGIN
  IF NEW."status" IN (\'SUBMITTED\', \'ACCEPTED\', \'WAITLISTED\')
     AND (TG_OP = \'INSERT\' OR OLD."status" NOT IN (\'SUBMITTED\', \'ACCEPTED\', \'WAITLISTED\')) THEN
    FOR accepted IN
      UPDATE "VolunteerInvitation" SET "status" = \'ACCEPTED\', "respondedAt" = now()
        WHERE "roleId" = NEW."roleId" AND "volunteerId" = NEW."volunteerId" AND "status" = \'PENDING\'
        RETURNING "id", "organizerId"
    LOOP
      INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "data")
        VALUES (NEW."volunteerId", \'volunteer_invitation.accepted\', \'VolunteerInvitation\', accepted."id",
          jsonb_build_object(\'applicationId\', NEW."id", \'organizerId\', accepted."organizerId"))\073
    END LOOP\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Application_accepts_invitation" AFTER INSERT OR UPDATE OF "status" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_accepts_invitation"();
