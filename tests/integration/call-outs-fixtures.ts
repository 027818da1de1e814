// Shared by the call-out tests: staff, a coordinating organizer and opted-in volunteers of a
// region, and the form's input as a person fills it (dates relative to now, Kazakhstan time).
import crypto from "node:crypto";
import type { RegionCode } from "../../src/generated/prisma/enums";
import { addDays, utcToZoned } from "../../src/domain/time";
import { callOutSchema, type CallOutData, type CallOutInput } from "../../src/modules/call-outs/schema";
import { appointStaff } from "../../src/modules/staff/mutations";
import { createOrganizer, createUser, createVolunteer } from "../../prisma/seed/factories";
import { NO_PASSWORD } from "./applications-fixtures";
import { db, viewerOf } from "./helpers";

export const kzDay = (n: number) => addDays(utcToZoned(new Date()).date, n);

export function callOutForm(over: Partial<CallOutInput> = {}): CallOutInput {
  return {
    title: "Мешки с песком в Кульсары",
    description: "Паводок: нужно наполнить и уложить мешки с песком вдоль дамбы на улице Абая.",
    direction: "EMERGENCY",
    regions: ["ATYRAU"],
    settlements: "Кульсары",
    startDate: kzDay(3),
    startTime: "09:00",
    endDate: kzDay(3),
    endTime: "18:00",
    answerByDate: kzDay(2),
    answerByTime: "20:00",
    peopleNeeded: "40",
    minAge: "16",
    skills: "",
    requiredTraining: "",
    organizerId: "",
    ...over,
  };
}

export const parsed = (over: Partial<CallOutInput> = {}): CallOutData => callOutSchema.parse(callOutForm(over));

/** Staff of `region`, appointed by an admin, and a verified organizer of the region. */
export async function regionTeam(region: RegionCode = "ATYRAU") {
  const admin = await createUser(db(), { isAdmin: true, passwordHash: NO_PASSWORD });
  const staff = await createUser(db(), { name: "Ержан Штаб", locale: "ru", passwordHash: NO_PASSWORD });
  await appointStaff(db(), await viewerOf(admin.id), { email: staff.email, regionCode: region });
  const organizer = await createOrganizer(db(), { regionCode: region, verified: true, ownerPasswordHash: NO_PASSWORD });
  return { admin, staff, organizer };
}

/** A volunteer who opted in to call-outs for `regions` (empty: opted out). */
export async function optedIn(
  regions: RegionCode[],
  opts: Parameters<typeof createVolunteer>[1] & { certificates?: { code: string; expiresOn?: Date | null }[] } = {},
) {
  const user = await createVolunteer(db(), {
    passwordHash: NO_PASSWORD,
    regionCode: regions[0] ?? "ATYRAU",
    email: `v-${crypto.randomBytes(5).toString("hex")}@test.asar`,
    ...opts,
  });
  await db().volunteerProfile.update({ where: { userId: user.id }, data: { callOutRegions: regions } });
  for (const c of opts.certificates ?? []) {
    const training = await db().training.findUniqueOrThrow({ where: { code: c.code }, select: { id: true } });
    await db().volunteerCertificate.create({
      data: {
        userId: user.id,
        trainingId: training.id,
        issuedOn: new Date("2025-01-10T00:00:00Z"),
        expiresOn: c.expiresOn ?? null,
      },
    });
  }
  return user;
}

/** A birth date that makes someone exactly `years` old on the Kazakhstan day `day` ("YYYY-MM-DD"). */
export function bornYearsBefore(day: string, years: number, shiftDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y! - years, m! - 1, d!));
  date.setUTCDate(date.getUTCDate() + shiftDays);
  return date;
}
