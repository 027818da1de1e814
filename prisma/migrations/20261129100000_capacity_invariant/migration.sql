-- asar:custom
-- Function bodies are E-strings whose semicolons are written \073: the migration engine splits
-- the file on every semicolon, even inside quotes.
-- Who holds a place is kept by the database itself (docs/decisions/0007-capacity.md):
--
-- 1. ProjectRole."acceptedCount" is maintained by a trigger on Application: every change into or
--    out of ACCEPTED (insert, status change, delete — also cascaded deletes) moves the count in
--    the same transaction. The existing CHECK 0 <= acceptedCount <= capacity then refuses any
--    accept that would overfill the role. Nothing else may write the column: a direct UPDATE
--    (or an INSERT with a count other than 0) is refused, so no code path can bypass it.
-- 2. An application cannot enter an open status (SUBMITTED, ACCEPTED, WAITLISTED) on a
--    cancelled project, nor wait (SUBMITTED, WAITLISTED) on a completed one: the trigger reads the project's status under a shared row
--    lock, so it waits for a cancellation in progress and then sees it, a cancellation in turn
--    waits for every open application being written. A deferred check on the project refuses to
--    commit a cancellation that leaves an open application behind.

-- Repair what the race could leave behind before the guarantees start: applications still open
-- on a cancelled project end with it, and every count is recounted from the rows.
UPDATE "Application" a SET "status" = 'CANCELLED', "waitlistedAt" = NULL
FROM "Project" p WHERE p."id" = a."projectId" AND p."status" = 'CANCELLED' AND a."status" IN ('SUBMITTED', 'ACCEPTED', 'WAITLISTED');
UPDATE "ProjectRole" r SET "acceptedCount" = (SELECT count(*) FROM "Application" a WHERE a."roleId" = r."id" AND a."status" = 'ACCEPTED')
WHERE "acceptedCount" <> (SELECT count(*) FROM "Application" a WHERE a."roleId" = r."id" AND a."status" = 'ACCEPTED');

CREATE FUNCTION "application_accepted_count"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> \'INSERT\' AND OLD."status" = \'ACCEPTED\'
     AND (TG_OP = \'DELETE\' OR NEW."status" <> \'ACCEPTED\' OR NEW."roleId" <> OLD."roleId") THEN
    UPDATE "ProjectRole" SET "acceptedCount" = "acceptedCount" - 1 WHERE "id" = OLD."roleId"\073
  END IF\073
  IF TG_OP <> \'DELETE\' AND NEW."status" = \'ACCEPTED\'
     AND (TG_OP = \'INSERT\' OR OLD."status" <> \'ACCEPTED\' OR NEW."roleId" <> OLD."roleId") THEN
    UPDATE "ProjectRole" SET "acceptedCount" = "acceptedCount" + 1 WHERE "id" = NEW."roleId"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Application_accepted_count" AFTER INSERT OR UPDATE OF "status", "roleId" OR DELETE ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_accepted_count"();

-- Only the trigger above (depth > 1) moves the count.
CREATE FUNCTION "project_role_count_guard"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' AND NEW."acceptedCount" <> 0 THEN
    RAISE EXCEPTION \'asar:ACCEPTED_COUNT_IS_DERIVED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  IF TG_OP = \'UPDATE\' AND NEW."acceptedCount" <> OLD."acceptedCount" AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION \'asar:ACCEPTED_COUNT_IS_DERIVED\' USING ERRCODE = \'P0001\'\073
  END IF\073
  RETURN NEW\073
END ';

CREATE TRIGGER "ProjectRole_count_guard" BEFORE INSERT OR UPDATE OF "acceptedCount" ON "ProjectRole"
  FOR EACH ROW EXECUTE FUNCTION "project_role_count_guard"();

CREATE FUNCTION "application_project_open"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  project_status "ProjectStatus"\073
BEGIN
  IF NEW."status" IN (\'SUBMITTED\', \'ACCEPTED\', \'WAITLISTED\')
     AND (TG_OP = \'INSERT\' OR OLD."status" <> NEW."status" OR OLD."projectId" <> NEW."projectId") THEN
    SELECT "status" INTO project_status FROM "Project" WHERE "id" = NEW."projectId" FOR SHARE\073
    IF project_status = \'CANCELLED\' OR (project_status = \'COMPLETED\' AND NEW."status" <> \'ACCEPTED\') THEN
      RAISE EXCEPTION \'asar:PROJECT_NOT_OPEN\' USING ERRCODE = \'P0001\'\073
    END IF\073
  END IF\073
  RETURN NEW\073
END ';

CREATE TRIGGER "Application_project_open" BEFORE INSERT OR UPDATE OF "status", "projectId" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_project_open"();

CREATE FUNCTION "project_closed_without_open_applications"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (
    SELECT 1 FROM "Application" a
    WHERE a."projectId" = NEW."id"
      AND (a."status" IN (\'SUBMITTED\', \'WAITLISTED\') OR (NEW."status" = \'CANCELLED\' AND a."status" = \'ACCEPTED\'))
  ) THEN
    RAISE EXCEPTION \'asar:PROJECT_CLOSED_WITH_OPEN_APPLICATIONS\' USING ERRCODE = \'P0001\'\073
  END IF\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "Project_closed_without_open_applications" AFTER UPDATE OF "status" ON "Project"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."status" IN ('CANCELLED', 'COMPLETED'))
  EXECUTE FUNCTION "project_closed_without_open_applications"();
