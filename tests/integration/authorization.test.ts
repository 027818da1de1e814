import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { addMember, createOrganizer, createUser, createVolunteer } from "../../prisma/seed/factories";
import { organizerProfileSchema } from "../../src/modules/accounts/schema";
import { reviewOrganizer, updateOrganizer } from "../../src/modules/organizers/mutations";
import { getOrganizerForEdit } from "../../src/modules/organizers/queries";
import { appointStaff, removeStaff } from "../../src/modules/staff/mutations";

const profile = (name: string) =>
  organizerProfileSchema.parse({
    orgName: name,
    form: "INITIATIVE_GROUP",
    regionCode: "ASTANA",
    directions: ["SOCIAL"],
    orgEmail: "group@example.kz",
  });

describe("organizer members", () => {
  it("a coordinator edits their own organizer but cannot change or even see another's", async () => {
    const a = await createOrganizer(db(), { name: "Astana Jastary", form: "INITIATIVE_GROUP" });
    const b = await createOrganizer(db(), { name: "Yntymak Atyrau", form: "INITIATIVE_GROUP", regionCode: "ATYRAU" });
    const coordinator = await createUser(db());
    await addMember(db(), a.id, coordinator.id, "COORDINATOR");
    const viewer = await viewerOf(coordinator.id);

    await updateOrganizer(db(), viewer, a.id, profile("Astana Jastary 2"));
    expect((await db().organizer.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Astana Jastary 2");

    expect(await errorCode(updateOrganizer(db(), viewer, b.id, profile("Hijacked")))).toBe("NOT_FOUND");
    expect((await db().organizer.findUniqueOrThrow({ where: { id: b.id } })).name).toBe("Yntymak Atyrau");
    expect(await getOrganizerForEdit(db(), viewer, b.slug)).toBeNull();
    expect(await db().auditLog.count({ where: { entityId: b.id } })).toBe(0);
  });

  it("a changed name sends a verified organizer back to verification", async () => {
    const org = await createOrganizer(db(), { name: "Dos Community", form: "INITIATIVE_GROUP", verified: true });
    const owner = await viewerOf(org.ownerId);
    const { reverify } = await updateOrganizer(db(), owner, org.id, profile("Dos Community Almaty"));
    expect(reverify).toBe(true);
    expect((await db().organizer.findUniqueOrThrow({ where: { id: org.id } })).verificationStatus).toBe("PENDING");
  });
});

describe("regional staff", () => {
  it("verify organizers of their own region only", async () => {
    const admin = await createUser(db(), { isAdmin: true });
    const staff = await createUser(db());
    await appointStaff(db(), await viewerOf(admin.id), { email: staff.email, regionCode: "AKTOBE" });
    const viewer = await viewerOf(staff.id);
    const aktobe = await createOrganizer(db(), { regionCode: "AKTOBE" });
    const atyrau = await createOrganizer(db(), { regionCode: "ATYRAU" });

    expect(await errorCode(reviewOrganizer(db(), viewer, { organizerId: atyrau.id, decision: "VERIFY" }))).toBe(
      "NOT_FOUND",
    );
    expect((await db().organizer.findUniqueOrThrow({ where: { id: atyrau.id } })).verificationStatus).toBe("PENDING");

    await reviewOrganizer(db(), viewer, { organizerId: aktobe.id, decision: "VERIFY" });
    const verified = await db().organizer.findUniqueOrThrow({ where: { id: aktobe.id } });
    expect(verified.verificationStatus).toBe("VERIFIED");
    expect(verified.reviewedById).toBe(staff.id);
    const log = await db().auditLog.findFirstOrThrow({ where: { entityId: aktobe.id, action: "organizer.verify" } });
    expect(log.actorId).toBe(staff.id);
    expect(await db().notification.count({ where: { userId: aktobe.ownerId, type: "ORGANIZER_VERIFIED" } })).toBe(1);
  });

  it("rejecting needs a reason, which the organizer can read", async () => {
    const admin = await viewerOf((await createUser(db(), { isAdmin: true })).id);
    const org = await createOrganizer(db(), { regionCode: "SHYMKENT" });
    await reviewOrganizer(db(), admin, {
      organizerId: org.id,
      decision: "REJECT",
      reason: "БИН не совпадает с названием",
    });
    const rejected = await db().organizer.findUniqueOrThrow({ where: { id: org.id } });
    expect(rejected.verificationStatus).toBe("REJECTED");
    expect(rejected.reviewReason).toBe("БИН не совпадает с названием");
  });

  it("only admins appoint and remove staff", async () => {
    const volunteer = await createVolunteer(db());
    const other = await createUser(db());
    const asVolunteer = await viewerOf(volunteer.id);
    expect(await errorCode(appointStaff(db(), asVolunteer, { email: other.email, regionCode: "ASTANA" }))).toBe(
      "FORBIDDEN",
    );
    expect(await errorCode(appointStaff(db(), asVolunteer, { email: volunteer.email, regionCode: "ASTANA" }))).toBe(
      "FORBIDDEN",
    );
    expect(await db().staffAssignment.count()).toBe(0);

    const admin = await viewerOf((await createUser(db(), { isAdmin: true })).id);
    await appointStaff(db(), admin, { email: other.email, regionCode: "ASTANA" });
    expect(await errorCode(appointStaff(db(), admin, { email: other.email, regionCode: "ASTANA" }))).toBe(
      "ALREADY_STAFF",
    );
    // An address nobody signed up with: the admin is told the person must sign up first.
    expect(await errorCode(appointStaff(db(), admin, { email: "nobody@example.kz", regionCode: "ASTANA" }))).toBe(
      "staff.noAccount",
    );
    expect(await errorCode(removeStaff(db(), asVolunteer, other.id, "ASTANA"))).toBe("FORBIDDEN");
    await removeStaff(db(), admin, other.id, "ASTANA");
    expect(await db().staffAssignment.count()).toBe(0);
  });
});
