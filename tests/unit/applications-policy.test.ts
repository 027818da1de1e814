import { describe, expect, it } from "vitest";
import { eligibility, decisionApplies, type EligibilityInput } from "../../src/modules/applications/policy";

const now = new Date("2026-06-01T06:00:00Z");
const base = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  volunteer: { birthDate: new Date("2000-01-01T00:00:00Z"), guardianConsentAt: null },
  project: {
    status: "PUBLISHED",
    startsAt: new Date("2026-07-01T04:00:00Z"),
    endsAt: new Date("2026-07-01T10:00:00Z"),
    primaryDirection: "ENVIRONMENTAL",
    secondaryDirection: null,
    socialSubtype: null,
    hazardous: false,
  },
  role: { minAge: 14, requiredTrainingId: null },
  certificate: null,
  existing: null,
  now,
  ...over,
});

describe("eligibility", () => {
  it("checks the role's minimum age on the project's start date", () => {
    // Turns 18 on 20 June, the project starts on 1 July: old enough for an 18+ role, though a
    // minor today (and so still needs the recorded consent).
    const volunteer = { birthDate: new Date("2008-06-20T00:00:00Z"), guardianConsentAt: new Date() };
    expect(eligibility(base({ volunteer, role: { minAge: 18, requiredTrainingId: null } }))).toBeNull();
    expect(
      eligibility(
        base({ volunteer: { ...volunteer, guardianConsentAt: null }, role: { minAge: 18, requiredTrainingId: null } }),
      ),
    ).toBe("NO_GUARDIAN_CONSENT");
    expect(eligibility(base({ volunteer, role: { minAge: 19, requiredTrainingId: null } }))).toBe("TOO_YOUNG");
  });

  it("never lets anyone under 14 in, even on a role that says 12", () => {
    const volunteer = { birthDate: new Date("2013-01-01T00:00:00Z"), guardianConsentAt: new Date() };
    expect(eligibility(base({ volunteer, role: { minAge: 12, requiredTrainingId: null } }))).toBe("TOO_YOUNG");
  });

  it("refuses minors on hazardous work, and re-applying only after a withdrawal", () => {
    const minor = { birthDate: new Date("2010-01-01T00:00:00Z"), guardianConsentAt: new Date() };
    expect(eligibility(base({ volunteer: minor, project: { ...base().project, hazardous: true } }))).toBe(
      "MINOR_FORBIDDEN",
    );
    expect(eligibility(base({ existing: { status: "WITHDRAWN" } }))).toBeNull();
    expect(eligibility(base({ existing: { status: "REJECTED" } }))).toBe("ALREADY_APPLIED");
  });

  it("accepts a certificate that expires today, not one that expired yesterday", () => {
    const role = { minAge: 14, requiredTrainingId: "t1" };
    expect(eligibility(base({ role, certificate: { expiresOn: new Date("2026-06-01T00:00:00Z") } }))).toBeNull();
    expect(eligibility(base({ role, certificate: { expiresOn: new Date("2026-05-31T00:00:00Z") } }))).toBe(
      "TRAINING_EXPIRED",
    );
    expect(eligibility(base({ role, certificate: { expiresOn: null } }))).toBeNull();
  });

  it("decisions apply only where they make sense", () => {
    expect(decisionApplies("ACCEPT", "WITHDRAWN")).toBe(false);
    expect(decisionApplies("REJECT", "ACCEPTED")).toBe(true);
    expect(decisionApplies("WAITLIST", "CANCELLED")).toBe(false);
  });
});
