import { describe, expect, it } from "vitest";
import type { Viewer } from "../../src/modules/accounts/viewer";
import { managesOrganizer } from "../../src/modules/organizers/scope";
import { staffedRegionWhere, staffsRegion } from "../../src/modules/staff/scope";
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

describe("organizer scope, as a page shows it", () => {
  it("members manage their own organizer, nobody else's; admins any", () => {
    const coordinator = viewer({ memberships: [{ organizerId: "o1", role: "COORDINATOR", slug: "a", name: "A" }] });
    expect(managesOrganizer(coordinator, "o1")).toBe(true);
    expect(managesOrganizer(coordinator, "o2")).toBe(false);
    expect(managesOrganizer(null, "o1")).toBe(false);
    expect(managesOrganizer(viewer({ isAdmin: true }), "o2")).toBe(true);
  });
});

describe("staff scope", () => {
  it("staff work their own regions only; admins everywhere", () => {
    const staff = viewer({ staffRegions: ["AKTOBE"] });
    expect(staffsRegion(staff, "AKTOBE")).toBe(true);
    expect(staffsRegion(staff, "ATYRAU")).toBe(false);
    expect(staffsRegion(viewer(), "AKTOBE")).toBe(false);
    expect(staffsRegion(null, "AKTOBE")).toBe(false);
    expect(staffsRegion(viewer({ isAdmin: true }), "ATYRAU")).toBe(true);
  });

  it("asking for another region's queue selects nothing, not everything", () => {
    const staff = viewer({ staffRegions: ["AKTOBE"] });
    expect(staffedRegionWhere(staff, "ATYRAU")).toEqual({ regionCode: { in: [] } });
    expect(staffedRegionWhere(staff)).toEqual({ regionCode: { in: ["AKTOBE"] } });
    expect(staffedRegionWhere(null)).toEqual({ regionCode: { in: [] } });
    expect(staffedRegionWhere(viewer({ isAdmin: true }), "ATYRAU")).toEqual({ regionCode: "ATYRAU" });
  });
});

describe("staff policy", () => {
  it("only admins appoint staff", () => {
    expect(canAppointStaff(viewer({ isAdmin: true }))).toBe(true);
    expect(canAppointStaff(viewer({ staffRegions: ["ASTANA"] }))).toBe(false);
    expect(canAppointStaff(null)).toBe(false);
  });
});
