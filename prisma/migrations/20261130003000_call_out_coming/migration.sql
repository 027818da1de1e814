-- asar:custom
-- "I'm coming" to a call-out in one statement (docs/decisions/0028-call-out-answers.md,
-- "Speed"). Function bodies are E-strings whose semicolons are written \073: the migration
-- engine splits the file on every semicolon.
--
-- Every answer to a call-out queues on one role row. Taken through an interactive transaction,
-- that row stayed locked for four network round trips, each waiting for a busy event loop
-- (~25 ms an answer: ~40 answers/s for one call-out, whatever the CPU). This function takes the
-- same locks in the same order as every other place change — the project shared, then the role —
-- and does under them only what must be decided there, so the lock is held for the time
-- PostgreSQL needs, not the application's:
--   1. the project still PUBLISHED and not ended,
--   2. the call-out still OPEN and before its deadline (closing takes the role's lock too, so an
--      answer either commits before a close or sees it), the caller one of its recipients,
--   3. the volunteer's application to the role: one still active is left as it is (the same
--      volunteer's second "coming"), a withdrawn one is reopened, any other (rejected,
--      cancelled) is refused, none: a new one,
--   4. ACCEPTED while the role has free places (the Application trigger counts it, the CHECK
--      acceptedCount <= capacity refuses an overfill), WAITLISTED after, in arrival order,
--   5. its history entry and the recipient's answer.
-- Everything else — who the volunteer is, age, consent and training (eligibility() in
-- src/modules/applications/policy.ts) — is checked by the caller before, the notification is
-- written after the commit. Run in autocommit (one statement), the function is one transaction.
--
-- Returns one row: outcome is OK (a place or a place in line taken: status ACCEPTED or
-- WAITLISTED, from_status NULL or WITHDRAWN), ALREADY (an active application existed: status
-- is its status, changed says whether the recipient's answer changed), or a refusal: NOT_FOUND,
-- NOT_RECIPIENT, CLOSED, DEADLINE_PASSED, PROJECT_NOT_OPEN, PROJECT_ENDED, ALREADY_APPLIED.
-- Columns hold UTC without a zone, hence the clock in UTC.

CREATE FUNCTION "call_out_coming"(p_call_out_id text, p_user_id text, p_application_id text)
  RETURNS TABLE (outcome text, application_id text, status text, from_status text, changed boolean)
  LANGUAGE plpgsql VOLATILE AS E'
#variable_conflict use_column
DECLARE
  v_now timestamp(3) := clock_timestamp() AT TIME ZONE \'UTC\'\073
  v_role_id text\073
  v_project_id text\073
  v_project_status "ProjectStatus"\073
  v_ends_at timestamp(3)\073
  v_free integer\073
  v_call_out_status "CallOutStatus"\073
  v_answer_by timestamp(3)\073
  v_answer "CallOutAnswer"\073
  v_app_id text\073
  v_app_status "ApplicationStatus"\073
  v_status "ApplicationStatus"\073
BEGIN
  SELECT c."roleId", c."projectId" INTO v_role_id, v_project_id FROM "CallOut" c WHERE c."id" = p_call_out_id\073
  IF NOT FOUND THEN
    RETURN QUERY SELECT \'NOT_FOUND\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073

  SELECT p."status", p."endsAt" INTO v_project_status, v_ends_at FROM "Project" p WHERE p."id" = v_project_id FOR SHARE\073
  IF v_project_status IS DISTINCT FROM \'PUBLISHED\' THEN
    RETURN QUERY SELECT \'PROJECT_NOT_OPEN\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073
  IF v_ends_at <= v_now THEN
    RETURN QUERY SELECT \'PROJECT_ENDED\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073

  SELECT r."capacity" - r."acceptedCount" INTO v_free FROM "ProjectRole" r WHERE r."id" = v_role_id FOR NO KEY UPDATE\073

  -- Under the role lock: each statement sees what committed before it (READ COMMITTED).
  SELECT c."status", c."answerBy" INTO v_call_out_status, v_answer_by FROM "CallOut" c WHERE c."id" = p_call_out_id\073
  SELECT r."answer" INTO v_answer FROM "CallOutRecipient" r WHERE r."callOutId" = p_call_out_id AND r."userId" = p_user_id\073
  IF NOT FOUND THEN
    RETURN QUERY SELECT \'NOT_RECIPIENT\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073
  IF v_call_out_status <> \'OPEN\' THEN
    RETURN QUERY SELECT \'CLOSED\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073
  IF v_answer_by <= v_now THEN
    RETURN QUERY SELECT \'DEADLINE_PASSED\', NULL::text, NULL::text, NULL::text, false\073
    RETURN\073
  END IF\073

  SELECT a."id", a."status" INTO v_app_id, v_app_status FROM "Application" a
   WHERE a."roleId" = v_role_id AND a."volunteerId" = p_user_id FOR UPDATE\073
  IF v_app_id IS NOT NULL AND v_app_status IN (\'SUBMITTED\', \'ACCEPTED\', \'WAITLISTED\') THEN
    IF v_answer IS DISTINCT FROM \'COMING\' THEN
      UPDATE "CallOutRecipient" SET "answer" = \'COMING\', "answeredAt" = v_now
       WHERE "callOutId" = p_call_out_id AND "userId" = p_user_id\073
    END IF\073
    RETURN QUERY SELECT \'ALREADY\', v_app_id, v_app_status::text, NULL::text, v_answer IS DISTINCT FROM \'COMING\'\073
    RETURN\073
  END IF\073
  IF v_app_id IS NOT NULL AND v_app_status <> \'WITHDRAWN\' THEN
    RETURN QUERY SELECT \'ALREADY_APPLIED\', v_app_id, v_app_status::text, NULL::text, false\073
    RETURN\073
  END IF\073

  v_status := CASE WHEN v_free > 0 THEN \'ACCEPTED\' ELSE \'WAITLISTED\' END\073
  IF v_app_id IS NOT NULL THEN
    UPDATE "Application" SET "status" = v_status, "motivation" = \'\',
           "waitlistedAt" = CASE WHEN v_status = \'WAITLISTED\' THEN v_now END,
           "decidedAt" = CASE WHEN v_status = \'ACCEPTED\' THEN v_now END,
           "decidedById" = NULL, "attendance" = NULL, "updatedAt" = v_now
     WHERE "id" = v_app_id\073
  ELSE
    v_app_id := p_application_id\073
    INSERT INTO "Application" ("id", "roleId", "projectId", "volunteerId", "status", "motivation",
                               "waitlistedAt", "decidedAt", "createdAt", "updatedAt")
    VALUES (v_app_id, v_role_id, v_project_id, p_user_id, v_status, \'\',
            CASE WHEN v_status = \'WAITLISTED\' THEN v_now END,
            CASE WHEN v_status = \'ACCEPTED\' THEN v_now END, v_now, v_now)\073
  END IF\073
  INSERT INTO "ApplicationEvent" ("applicationId", "fromStatus", "toStatus", "actorId", "createdAt")
  VALUES (v_app_id, v_app_status, v_status, p_user_id, v_now)\073
  UPDATE "CallOutRecipient" SET "answer" = \'COMING\', "answeredAt" = v_now
   WHERE "callOutId" = p_call_out_id AND "userId" = p_user_id\073
  RETURN QUERY SELECT \'OK\', v_app_id, v_status::text, v_app_status::text, true\073
END ';
