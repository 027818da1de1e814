import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { addMember, createOrganizer, createUser } from "../../prisma/seed/factories";
import { listMembers, removeMember } from "../../src/modules/organizers/members";
import {
  inviteCoordinator,
  listMyInvitations,
  listTeamInvitations,
  respondToInvitation,
} from "../../src/modules/organizers/invitations";

describe("organizer team", () => {
  it("the owner invites and removes coordinators; a coordinator cannot, nor can another organizer's owner", async () => {
    const org = await createOrganizer(db(), { name: "Wild Nature Volunteers" });
    const other = await createOrganizer(db(), { name: "Petroglyph Hunters" });
    const owner = await viewerOf(org.ownerId);
    const person = await createUser(db(), { email: "nurlan@example.kz" });

    await inviteCoordinator(db(), owner, { organizerId: org.id, email: person.email });
    const [invitation] = await listMyInvitations(db(), await viewerOf(person.id));
    await respondToInvitation(db(), await viewerOf(person.id), { invitationId: invitation!.id, accept: true });
    expect(await errorCode(inviteCoordinator(db(), owner, { organizerId: org.id, email: person.email }))).toBe(
      "ALREADY_MEMBER",
    );

    const coordinator = await viewerOf(person.id);
    const third = await createUser(db());
    expect(await errorCode(inviteCoordinator(db(), coordinator, { organizerId: org.id, email: third.email }))).toBe(
      "NOT_FOUND",
    );
    // A coordinator sees who is on the team, without their emails, and manages nothing.
    const seen = await listMembers(db(), coordinator, org.slug);
    expect(seen).toMatchObject({ canManage: false, viewerRole: "COORDINATOR" });
    expect(seen?.members.map((m) => m.user.email)).toEqual([null, null]);

    const otherOwner = await viewerOf(other.ownerId);
    expect(await listMembers(db(), otherOwner, org.slug)).toBeNull();
    expect(await errorCode(inviteCoordinator(db(), otherOwner, { organizerId: org.id, email: third.email }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(removeMember(db(), otherOwner, { organizerId: org.id, userId: person.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(removeMember(db(), coordinator, { organizerId: org.id, userId: person.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await listTeamInvitations(db(), otherOwner, org.id)).toEqual([]);
    expect(await db().organizerInvitation.count({ where: { organizerId: org.id, email: third.email } })).toBe(0);

    // The owner cannot be removed, a coordinator can.
    expect(await errorCode(removeMember(db(), owner, { organizerId: org.id, userId: org.ownerId }))).toBe("NOT_FOUND");
    await removeMember(db(), owner, { organizerId: org.id, userId: person.id });
    const team = await listMembers(db(), owner, org.slug);
    expect(team?.members.map((m) => m.role)).toEqual(["OWNER"]);
  });

  it("the database allows one owner per organizer", async () => {
    const org = await createOrganizer(db());
    const second = await createUser(db());
    await expect(addMember(db(), org.id, second.id, "OWNER")).rejects.toMatchObject({ code: "P2002" });
  });
});
