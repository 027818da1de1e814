import "server-only";
import { dateValue, isoDate } from "@/domain/time";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "@/modules/accounts/viewer";
import type { correctionSchema } from "./schema";
import { dayLimitRefusal } from "./policy";
import {
  checkEntry,
  hasEntryOn,
  lockVolunteers,
  managedEntry,
  otherHoursThatDay,
  refuse,
  tellConfirmed,
  TX_OPTIONS,
} from "./shared";

/**
 * A confirmed entry is never edited: the correction is a new confirmed entry that points back to
 * it, with the reason as its note, and the old one becomes SUPERSEDED — in one transaction, so
 * both stay in the history and exactly one of them counts.
 */
export async function correctEntry(db: Db, viewer: Viewer, input: z.output<typeof correctionSchema>, now = new Date()) {
  const entry = await managedEntry(db, viewer, input.entryId);
  if (entry.status !== "CONFIRMED") throw new AppError("hours.errors.NOT_CONFIRMED");
  const reason = input.reason.trim();
  if (reason.length < 3) throw new AppError("hours.validation.explain", "reason");
  const before = { workedOn: isoDate(entry.workedOn), hours: entry.hours.toNumber() };
  if (before.workedOn === input.workedOn && Math.round(before.hours * 100) === Math.round(input.hours * 100))
    throw new AppError("hours.errors.NO_CHANGE", "hours");
  const { project } = entry;
  checkEntry(input.hours, input.workedOn, project, now);
  return db.$transaction(async (tx) => {
    await lockVolunteers(tx, [entry.volunteerId]);
    if (entry.applicationId && (await hasEntryOn(tx, entry.applicationId, input.workedOn, entry.id)))
      throw new AppError("hours.errors.ALREADY_RECORDED", "workedOn");
    if (dayLimitRefusal(input.hours, await otherHoursThatDay(tx, entry.volunteerId, input.workedOn, entry.id)))
      refuse("DAY_LIMIT");
    const { count } = await tx.hoursEntry.updateMany({
      where: { id: entry.id, status: "CONFIRMED" },
      data: { status: "SUPERSEDED" },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const created = await tx.hoursEntry.create({
      data: {
        applicationId: entry.applicationId,
        projectId: project.id,
        volunteerId: entry.volunteerId,
        workedOn: dateValue(input.workedOn),
        hours: input.hours,
        source: "ORGANIZER",
        status: "CONFIRMED",
        note: reason,
        enteredById: viewer.id,
        confirmedById: viewer.id,
        confirmedAt: now,
        supersedesId: entry.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "hours.correct",
      entityType: "HoursEntry",
      entityId: created.id,
      regionCode: project.regionCode,
      data: {
        projectId: project.id,
        volunteerId: entry.volunteerId,
        supersedes: entry.id,
        from: before,
        to: { workedOn: input.workedOn, hours: input.hours },
        reason,
      },
    });
    await tellConfirmed(tx, project, entry.volunteerId, { hours: input.hours, workedOn: input.workedOn, reason });
    return { entryId: created.id, supersededId: entry.id };
  }, TX_OPTIONS);
}
