import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { hashPassword } from "@/server/password";
import { audit } from "@/server/audit";
import { slugify } from "@/modules/organizers/slug";
import { assertStrongPassword } from "./password-policy";
import { queueEmailConfirmation } from "./email-confirmation";
import type { Viewer } from "./viewer";
import type { LegalForm } from "@/generated/prisma/enums";
import type { z } from "zod";
import type { organizerSignUpSchema, volunteerProfileSchema, volunteerSignUpSchema } from "./schema";
import { dateValue } from "@/domain/time";

type VolunteerSignUp = z.output<typeof volunteerSignUpSchema>;
type OrganizerSignUp = z.output<typeof organizerSignUpSchema>;
type VolunteerProfile = z.output<typeof volunteerProfileSchema>;

function checkPassword(input: { password: string; name: string; email: string }) {
  assertStrongPassword(input.password, "password", [input.name, input.email]);
}

/** Creates a volunteer account. A guardian consent given here is recorded with who and when. */
export async function registerVolunteer(db: Db, input: VolunteerSignUp): Promise<{ userId: string }> {
  checkPassword(input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, name: input.name, locale: input.locale },
        select: { id: true },
      });
      const consent = input.guardianConsent && input.guardianName && input.guardianContact;
      // Created and updated at the same instant: the profile page welcomes the person until the
      // profile is first saved (profileSavedSinceSignUp).
      const now = new Date();
      await tx.volunteerProfile.create({
        data: {
          userId: user.id,
          createdAt: now,
          updatedAt: now,
          birthDate: dateValue(input.birthDate),
          regionCode: input.regionCode,
          ...(consent
            ? {
                guardianName: input.guardianName,
                guardianContact: input.guardianContact,
                guardianConsentAt: new Date(),
                guardianRecordedById: user.id,
              }
            : {}),
        },
      });
      await audit(tx, {
        actorId: user.id,
        action: "user.signup_volunteer",
        entityType: "User",
        entityId: user.id,
        regionCode: input.regionCode,
      });
      await queueEmailConfirmation(
        tx,
        { id: user.id, email: input.email, locale: input.locale },
        { welcome: "VOLUNTEER" },
      );
      return { userId: user.id };
    });
  } catch (e) {
    if (isUniqueViolation(e, "email")) throw new AppError("EMAIL_TAKEN", "email");
    throw e;
  }
}

async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await db.organizer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const set = new Set(taken.map((t) => t.slug));
  if (!set.has(base)) return base;
  for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Creates the organizer (unverified) and its owner account together. */
export async function registerOrganizer(db: Db, input: OrganizerSignUp): Promise<{ userId: string; slug: string }> {
  checkPassword(input);
  const passwordHash = await hashPassword(input.password);
  const registered = input.form === "REGISTERED";
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, name: input.name, locale: input.locale },
        select: { id: true },
      });
      const organizer = await tx.organizer.create({
        data: {
          slug: await uniqueSlug(db, input.orgName),
          name: input.orgName,
          form: input.form,
          legalForm: registered ? (input.legalForm as LegalForm) : null,
          bin: registered ? input.bin : null,
          regionCode: input.regionCode,
          settlement: input.settlement ?? null,
          directions: input.directions,
          description: input.description,
          email: input.orgEmail,
          phone: input.phone ?? null,
          website: input.website ?? null,
          members: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true, slug: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: "organizer.signup",
        entityType: "Organizer",
        entityId: organizer.id,
        regionCode: input.regionCode,
      });
      await queueEmailConfirmation(
        tx,
        { id: user.id, email: input.email, locale: input.locale },
        { welcome: "ORGANIZER", organizerName: input.orgName },
      );
      return { userId: user.id, slug: organizer.slug };
    });
  } catch (e) {
    if (isUniqueViolation(e, "email")) throw new AppError("EMAIL_TAKEN", "email");
    if (isUniqueViolation(e, "bin")) throw new AppError("BIN_TAKEN", "bin");
    if (isUniqueViolation(e, "slug")) throw new AppError("CONFLICT");
    throw e;
  }
}

/** Edits the viewer's own volunteer profile (creating it if the account had none). */
export async function updateVolunteerProfile(db: Db, viewer: Viewer, input: VolunteerProfile) {
  const current = await db.volunteerProfile.findUnique({
    where: { userId: viewer.id },
    select: { guardianName: true, guardianContact: true, guardianConsentAt: true },
  });
  const consentGiven = Boolean(input.guardianConsent && input.guardianName && input.guardianContact);
  const consentChanged =
    consentGiven &&
    (current?.guardianName !== input.guardianName ||
      current?.guardianContact !== input.guardianContact ||
      !current?.guardianConsentAt);
  const guardian = consentGiven
    ? {
        guardianName: input.guardianName!,
        guardianContact: input.guardianContact!,
        ...(consentChanged ? { guardianConsentAt: new Date(), guardianRecordedById: viewer.id } : {}),
      }
    : { guardianName: null, guardianContact: null, guardianConsentAt: null, guardianRecordedById: null };
  const data = {
    birthDate: dateValue(input.birthDate),
    gender: input.gender ?? null,
    regionCode: input.regionCode,
    settlement: input.settlement ?? null,
    phone: input.phone ?? null,
    languages: input.languages,
    skills: input.skills,
    interests: input.interests,
    compositions: input.compositions,
    employment: input.employment ?? null,
    availability: input.availability,
    about: input.about ?? null,
    ...guardian,
  };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { name: input.name, locale: input.locale } });
    await tx.volunteerProfile.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, ...data },
      update: data,
    });
    if (consentChanged) {
      await audit(tx, {
        actorId: viewer.id,
        action: "volunteer.guardian_consent",
        entityType: "User",
        entityId: viewer.id,
        data: { guardianName: input.guardianName! },
      });
    }
  });
}
