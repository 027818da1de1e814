-- AlterEnum
ALTER TYPE "SlotSignupStatus" ADD VALUE 'PENDING';

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'SLOT_CANCELLED';

-- asar:custom
-- Slots hold places like roles do (docs/decisions/0032-shifts.md). Function bodies are E-strings
-- whose semicolons are written \073: the migration engine splits the file on every semicolon.
--
-- 1. RoleSlot."acceptedCount" is the slot's CONFIRMED sign-ups, kept by a trigger on SlotSignup
--    (insert, status change, delete — also cascaded deletes), the CHECK acceptedCount <= capacity
--    of the engagement schema then refuses any overfill. Nothing else may write the column.
-- 2. A sign-up's times are its slot's, copied by the database on insert.
-- 3. No volunteer holds two overlapping CONFIRMED slots anywhere on the platform: an exclusion
--    constraint (btree_gist for the equality on "volunteerId"). The columns are timestamps
--    without time zone (UTC), so the range is tsrange, whose constructor is immutable.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE FUNCTION "slot_signup_times"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT "startsAt", "endsAt" INTO NEW."startsAt", NEW."endsAt" FROM "RoleSlot" WHERE "id" = NEW."slotId"\073
  RETURN NEW\073
END ';

CREATE TRIGGER "SlotSignup_times" BEFORE INSERT OR UPDATE OF "slotId" ON "SlotSignup"
  FOR EACH ROW EXECUTE FUNCTION "slot_signup_times"();

CREATE FUNCTION "slot_signup_confirmed_count"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> \'INSERT\' AND OLD."status" = \'CONFIRMED\'
     AND (TG_OP = \'DELETE\' OR NEW."status" <> \'CONFIRMED\' OR NEW."slotId" <> OLD."slotId") THEN
    UPDATE "RoleSlot" SET "acceptedCount" = "acceptedCount" - 1 WHERE "id" = OLD."slotId"\073
  END IF\073
  IF TG_OP <> \'DELETE\' AND NEW."status" = \'CONFIRMED\'
     AND (TG_OP = \'INSERT\' OR OLD."status" <> \'CONFIRMED\' OR NEW."slotId" <> OLD."slotId") THEN
    UPDATE "RoleSlot" SET "acceptedCount" = "acceptedCount" + 1 WHERE "id" = NEW."slotId"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "SlotSignup_confirmed_count" AFTER INSERT OR UPDATE OF "status", "slotId" OR DELETE ON "SlotSignup"
  FOR EACH ROW EXECUTE FUNCTION "slot_signup_confirmed_count"();

-- Only the trigger above (depth > 1) moves the count.
CREATE FUNCTION "role_slot_count_guard"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' AND NEW."acceptedCount" <> 0 THEN
    RAISE EXCEPTION \'asar:ACCEPTED_COUNT_IS_DERIVED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  IF TG_OP = \'UPDATE\' AND NEW."acceptedCount" <> OLD."acceptedCount" AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION \'asar:ACCEPTED_COUNT_IS_DERIVED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  RETURN NEW\073
END ';

CREATE TRIGGER "RoleSlot_count_guard" BEFORE INSERT OR UPDATE OF "acceptedCount" ON "RoleSlot"
  FOR EACH ROW EXECUTE FUNCTION "role_slot_count_guard"();

ALTER TABLE "SlotSignup" ADD CONSTRAINT "SlotSignup_no_overlap"
  EXCLUDE USING gist ("volunteerId" WITH =, tsrange("startsAt", "endsAt") WITH &&) WHERE ("status" = 'CONFIRMED');
