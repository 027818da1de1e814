import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db, viewerOf } from "./helpers";
import { addMember, createOrganizer, createUser, createVolunteer } from "../../prisma/seed/factories";
import {
  SESSION_ABSOLUTE_SECONDS,
  adoptSessionVersion,
  endOtherSessions,
  revokeSession,
  sessionOutlived,
  signOutEverywhere,
  viewerForSession,
  type SessionClaims,
} from "../../src/modules/accounts/sessions";

// A session as next-auth's jwt callback issues it at sign-in (src/modules/accounts/auth-options.ts), and the
// session object every request reads (session callback), which getViewer() turns into a viewer.
const issue = (userId: string, sv: number): SessionClaims & { sub: string; sid: string } => ({
  sub: userId,
  sv,
  sid: randomUUID(),
  authAt: Math.floor(Date.now() / 1000),
});
const asSession = (t: SessionClaims) => ({ userId: t.sub, sv: t.sv, sid: t.sid });

describe("sessions", () => {
  it("after signing out, a copy of the token taken before no longer signs anyone in", async () => {
    const user = await createUser(db(), { email: "asel@example.kz" });
    const laptop = issue(user.id, 0);
    const phone = issue(user.id, 0);
    const stolen = { ...laptop };
    expect(await viewerForSession(db(), asSession(stolen))).toMatchObject({ id: user.id });

    await revokeSession(db(), laptop); // next-auth's signOut event
    expect(await viewerForSession(db(), asSession(stolen))).toBeNull();
    // Signing out on the laptop leaves the phone signed in.
    expect(await viewerForSession(db(), asSession(phone))).toMatchObject({ id: user.id });
  });

  it("sign out everywhere ends every session, on every device", async () => {
    const user = await createUser(db(), { email: "asel@example.kz" });
    const laptop = issue(user.id, 0);
    const phone = issue(user.id, 0);
    const viewer = await viewerForSession(db(), asSession(laptop));
    await signOutEverywhere(db(), viewer!);
    expect(await viewerForSession(db(), asSession(laptop))).toBeNull();
    expect(await viewerForSession(db(), asSession(phone))).toBeNull();
    // Renewing an ended token does not bring it back.
    expect(await viewerForSession(db(), asSession(await adoptSessionVersion(db(), { ...phone })))).toBeNull();
  });

  it("a password change keeps the session that made it, and only that one (the update() contract)", async () => {
    const user = await createUser(db(), { email: "asel@example.kz" });
    const mine = issue(user.id, 0);
    const stolen = issue(user.id, 0);
    const viewer = await viewerForSession(db(), asSession(mine));
    // What a password change writes, in the same update as the new hash.
    await db().user.update({ where: { id: user.id }, data: endOtherSessions(viewer!) });
    expect(await viewerForSession(db(), asSession(mine))).toBeNull();

    // The browser that changed it calls update(): the jwt callback re-reads the version.
    const renewed = await adoptSessionVersion(db(), { ...mine });
    expect(await viewerForSession(db(), asSession(renewed))).toMatchObject({ id: user.id });
    // The attacker's copy tries the same and stays out.
    const revived = await adoptSessionVersion(db(), { ...stolen });
    expect(await viewerForSession(db(), asSession(revived))).toBeNull();
  });

  it("refuses tokens without a session id (issued before sessions could be signed out)", async () => {
    const user = await createUser(db(), { email: "asel@example.kz" });
    expect(await viewerForSession(db(), { userId: user.id, sv: 0 })).toBeNull();
    expect(await viewerOf(user.id)).toMatchObject({ id: user.id });
  });

  it("a session ends a week after the password was typed, however often it is renewed", () => {
    const now = Math.floor(Date.now() / 1000);
    expect(sessionOutlived({ authAt: now - 3600 }, now)).toBe(false);
    expect(sessionOutlived({ authAt: now - SESSION_ABSOLUTE_SECONDS - 1 }, now)).toBe(true);
    expect(sessionOutlived({}, now)).toBe(true);
  });
});

describe("the viewer, read in one round trip", () => {
  it("carries the same roles, dates and regions the database holds, and none for a revoked session", async () => {
    const consentAt = new Date("2026-03-04T05:06:07.890Z");
    const person = await createVolunteer(db(), {
      email: "dana@example.kz",
      birthDate: new Date("2010-02-28T00:00:00.000Z"),
      regionCode: "PAVLODAR",
      guardian: { name: "Гүлнар", contact: "+7 701 000 00 00", consentAt },
    });
    const first = await createOrganizer(db(), { regionCode: "ASTANA", verified: true });
    const second = await createOrganizer(db(), { regionCode: "ABAI", verified: true });
    await addMember(db(), first.id, person.id, "COORDINATOR");
    await addMember(db(), second.id, person.id, "COORDINATOR");
    await db().staffAssignment.createMany({
      data: [
        { userId: person.id, regionCode: "SHYMKENT" },
        { userId: person.id, regionCode: "ABAI" },
      ],
    });

    const sid = randomUUID();
    const viewer = await viewerForSession(db(), { userId: person.id, sv: 0, sid });
    expect(viewer).toMatchObject({
      id: person.id,
      email: "dana@example.kz",
      emailConfirmed: true,
      isAdmin: false,
      volunteer: {
        birthDate: new Date("2010-02-28T00:00:00.000Z"),
        regionCode: "PAVLODAR",
        guardianConsentAt: consentAt,
      },
      // Regions in the order of the classification (ABAI before SHYMKENT), memberships in joining order.
      staffRegions: ["ABAI", "SHYMKENT"],
      sessionId: sid,
    });
    expect(viewer?.memberships.map((m) => [m.organizerId, m.role])).toEqual([
      [first.id, "COORDINATOR"],
      [second.id, "COORDINATOR"],
    ]);
    expect(viewer?.memberships[0]).toMatchObject({ slug: expect.any(String), name: expect.any(String) });

    // A person with no volunteer profile has none; a revoked session and a deleted user have no viewer.
    const staffOnly = await createUser(db(), { email: "erlan@example.kz", emailConfirmed: false });
    expect(await viewerForSession(db(), { userId: staffOnly.id, sv: 0, sid: randomUUID() })).toMatchObject({
      volunteer: null,
      memberships: [],
      staffRegions: [],
    });
    await revokeSession(db(), { sid, sub: person.id, authAt: Math.floor(Date.now() / 1000) });
    expect(await viewerForSession(db(), { userId: person.id, sv: 0, sid })).toBeNull();
    await db().user.update({ where: { id: staffOnly.id }, data: { deletedAt: new Date() } });
    expect(await viewerForSession(db(), { userId: staffOnly.id, sv: 0, sid: randomUUID() })).toBeNull();
  });
});
