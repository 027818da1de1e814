import { describe, expect, it } from "vitest";
import type { Viewer } from "../../src/modules/accounts/viewer";
import { canEditOrganizer, canReviewInRegion } from "../../src/modules/organizers/policy";
import { canAppointStaff } from "../../src/modules/staff/policy";

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: "u1",
  email: "u1@example.kz",
  name: "U1",
  locale: "kk",
  isAdmin: false,
  emailConfirmed: true,
  volunteer: null,
  memberships: [],
  staffRegions: [],
  ...over,
});

describe("organizer policy", () => {
  it("members edit their own organizer, nobody else's; admins any", () => {
    const coordinator = viewer({ memberships: [{ organizerId: "o1", role: "COORDINATOR", slug: "a", name: "A" }] });
    expect(canEditOrganizer(coordinator, "o1")).toBe(true);
    expect(canEditOrganizer(coordinator, "o2")).toBe(false);
    expect(canEditOrganizer(null, "o1")).toBe(false);
    expect(canEditOrganizer(viewer({ isAdmin: true }), "o2")).toBe(true);
  });

  it("staff review in their own regions only; admins everywhere", () => {
    const staff = viewer({ staffRegions: ["AKTOBE"] });
    expect(canReviewInRegion(staff, "AKTOBE")).toBe(true);
    expect(canReviewInRegion(staff, "ATYRAU")).toBe(false);
    expect(canReviewInRegion(viewer(), "AKTOBE")).toBe(false);
    expect(canReviewInRegion(viewer({ isAdmin: true }), "ATYRAU")).toBe(true);
  });
});

describe("staff policy", () => {
  it("only admins appoint staff", () => {
    expect(canAppointStaff(viewer({ isAdmin: true }))).toBe(true);
    expect(canAppointStaff(viewer({ staffRegions: ["ASTANA"] }))).toBe(false);
    expect(canAppointStaff(null)).toBe(false);
  });
});
