import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode } from "./helpers";
import { resetActor } from "./action-harness";
import {
  organizerSignUpSchema,
  volunteerProfileSchema,
  volunteerSignUpSchema,
} from "../../src/modules/accounts/schema";
import { registerOrganizer, registerVolunteer, updateVolunteerProfile } from "../../src/modules/accounts/mutations";
import { getVolunteerProfile, loadViewer, profileSavedSinceSignUp } from "../../src/modules/accounts/queries";
import { makeBin } from "../../src/domain/bin";
import { signUpVolunteerAction } from "../../src/modules/accounts/actions";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const yearsAgo = (n: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - n);
  d.setUTCDate(d.getUTCDate() - 2);
  return d.toISOString().slice(0, 10);
};

const volunteer = (over: Record<string, unknown> = {}) =>
  volunteerSignUpSchema.parse({
    name: "Айгерім Серікова",
    email: "Aigerim@Example.kz",
    password: "steppe-wind-2026",
    birthDate: yearsAgo(20),
    regionCode: "ASTANA",
    locale: "kk",
    ...over,
  });

describe("volunteer sign-up", () => {
  it("creates the account and the profile, with the email stored lower-case", async () => {
    const { userId } = await registerVolunteer(db(), volunteer());
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { volunteer: true } });
    expect(user.email).toBe("aigerim@example.kz");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.volunteer?.regionCode).toBe("ASTANA");
  });

  it("the profile page welcomes the new volunteer until the profile is first saved", async () => {
    const { userId } = await registerVolunteer(db(), volunteer());
    const viewer = (await loadViewer(db(), userId))!;
    expect(profileSavedSinceSignUp((await getVolunteerProfile(db(), viewer))!)).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    await updateVolunteerProfile(
      db(),
      viewer,
      volunteerProfileSchema.parse({
        name: "Айгерім Серікова",
        birthDate: yearsAgo(20),
        regionCode: "ASTANA",
        locale: "kk",
        about: "Мектепте ағылшын тілінен сабақ беремін.",
      }),
    );
    expect(profileSavedSinceSignUp((await getVolunteerProfile(db(), viewer))!)).toBe(true);
  });

  it("refuses a second account with the same email, in any case, and creates no second row", async () => {
    await registerVolunteer(db(), volunteer());
    expect(await errorCode(registerVolunteer(db(), volunteer({ email: "AIGERIM@example.KZ", name: "Other" })))).toBe(
      "EMAIL_TAKEN",
    );
    expect(await db().user.count()).toBe(1);
    expect(await db().volunteerProfile.count()).toBe(1);
  });

  it("refuses anyone under 14 with a clear message", () => {
    const r = volunteerSignUpSchema.safeParse({ ...volunteer(), birthDate: yearsAgo(13) });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("validation.tooYoung");
  });

  it("refuses a common password", async () => {
    expect(await errorCode(registerVolunteer(db(), volunteer({ password: "password123" })))).toBe(
      "validation.passwordWeak",
    );
    expect(await db().user.count()).toBe(0);
  });

  it("refuses passwords made of the site's name, the person's own name or email, or repeats, next to the password field", async () => {
    for (const [password, problem] of [
      ["aaaaaaaa", "validation.passwordRepeats"],
      ["asarasar", "validation.passwordPersonal"],
      ["asar2026", "validation.passwordPersonal"],
      ["aigerim2005", "validation.passwordPersonal"],
    ] as const) {
      const result = await signUpVolunteerAction({ ...volunteer(), password });
      expect(result, password).toEqual({ serverError: { message: problem, field: "password" } });
    }
    expect(await db().user.count()).toBe(0);
  });

  it("records a minor's guardian consent with who and when", async () => {
    const { userId } = await registerVolunteer(
      db(),
      volunteer({
        birthDate: yearsAgo(15),
        guardianName: "Серікова Гүлнар",
        guardianContact: "+7 701 111 22 33",
        guardianConsent: true,
      }),
    );
    const profile = await db().volunteerProfile.findUniqueOrThrow({ where: { userId } });
    expect(profile.guardianName).toBe("Серікова Гүлнар");
    expect(profile.guardianConsentAt).toBeInstanceOf(Date);
    expect(profile.guardianRecordedById).toBe(userId);
  });
});

describe("organizer sign-up", () => {
  const organizer = (over: Record<string, unknown> = {}) => ({
    orgName: "Ақтөбе, тыныс ал!",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    bin: makeBin("21054000123"),
    regionCode: "AKTOBE",
    settlement: "Ақтөбе",
    directions: ["ENVIRONMENTAL"],
    orgEmail: "info@aktobe-breathe.kz",
    name: "Дана Ахметова",
    email: "dana@aktobe-breathe.kz",
    password: "clean-air-aktobe",
    locale: "ru",
    ...over,
  });

  it("creates an unverified organizer with its owner", async () => {
    const { userId, slug } = await registerOrganizer(db(), organizerSignUpSchema.parse(organizer()));
    const org = await db().organizer.findUniqueOrThrow({ where: { slug }, include: { members: true } });
    expect(org.verificationStatus).toBe("PENDING");
    expect(org.slug).toBe("aqtobe-tynys-al");
    expect(org.members).toEqual([expect.objectContaining({ userId, role: "OWNER" })]);
  });

  it("refuses a BIN with a wrong check digit, and a missing one", () => {
    const good = makeBin("21054000123");
    const wrong = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
    const r = organizerSignUpSchema.safeParse(organizer({ bin: wrong }));
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ["bin"], message: "validation.binChecksum" })]);
    const missing = organizerSignUpSchema.safeParse(organizer({ bin: "" }));
    expect(missing.error?.issues[0]?.path).toEqual(["bin"]);
  });

  it("refuses legal forms the law excludes", () => {
    const r = organizerSignUpSchema.safeParse(organizer({ legalForm: "RELIGIOUS_ASSOCIATION" }));
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ["legalForm"], message: "validation.legalFormForbidden" }),
    ]);
  });

  it("lets an initiative group register without a BIN, and stores none", async () => {
    const { slug } = await registerOrganizer(
      db(),
      organizerSignUpSchema.parse(
        organizer({ form: "INITIATIVE_GROUP", bin: "123", legalForm: undefined, orgName: "Dos Community" }),
      ),
    );
    const org = await db().organizer.findUniqueOrThrow({ where: { slug } });
    expect(org.bin).toBeNull();
    expect(org.legalForm).toBeNull();
  });

  it("refuses a BIN that is already registered", async () => {
    await registerOrganizer(db(), organizerSignUpSchema.parse(organizer()));
    const again = organizerSignUpSchema.parse(organizer({ email: "second@example.kz", orgName: "Another" }));
    expect(await errorCode(registerOrganizer(db(), again))).toBe("BIN_TAKEN");
    expect(await db().organizer.count()).toBe(1);
    expect(await db().user.count()).toBe(1);
  });
});
