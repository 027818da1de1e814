import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/modules/accounts/viewer";
import { confirmOne } from "@/modules/hours/confirmation";
import { dateRefusal, entryHoursRefusal, recordRefusal } from "@/modules/hours/policy";
import { lockVolunteers, managedProject, TX_OPTIONS } from "@/modules/hours/shared";
import { proposalWhere } from "./queries";
import { workedOnOf } from "./scan";
import type { confirmProposedSchema } from "./schema";

export type ConfirmProposedResult = {
  /** Check-ins whose hours became a confirmed entry. */
  confirmed: string[];
  /** That day already has hours (pending or confirmed) for the place: confirm or correct those. */
  alreadyRecorded: string[];
  /** Would pass 16 hours on that day across all projects. */
  dayLimit: string[];
  /** Marked a no-show, no longer waiting, or not a date hours can be recorded on. */
  skipped: string[];
};

/**
 * The organizer confirms hours proposed by check-outs, as many as selected at once. Each becomes
 * an ordinary confirmed entry through the hours code (src/modules/hours/confirmation.ts), with
 * its checks, audit and notification, and the check-in keeps the entry's id. Under the
 * volunteers' hours lock each proposal is read again, so a double submit — even two at once —
 * creates each entry once.
 */
export async function confirmProposed(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof confirmProposedSchema>,
  now = new Date(),
): Promise<ConfirmProposedResult> {
  const project = await managedProject(db, viewer, input.projectId);
  const recordable = recordRefusal({ status: "ACCEPTED", attendance: null }, project, now);
  if (recordable) throw new AppError(`hours.errors.${recordable}`);
  const ids = [...new Set(input.checkInIds)];
  const found = await db.checkIn.findMany({
    where: { id: { in: ids }, ...proposalWhere(project.id) },
    select: { volunteerId: true },
  });
  const result: ConfirmProposedResult = { confirmed: [], alreadyRecorded: [], dayLimit: [], skipped: [] };
  if (found.length === 0) throw new AppError("checkIn.errors.NOTHING_TO_CONFIRM");

  await db.$transaction(async (tx) => {
    await lockVolunteers(
      tx,
      found.map((c) => c.volunteerId),
    );
    // Read again under the lock: what another submit confirmed meanwhile is no longer waiting.
    const waiting = await tx.checkIn.findMany({
      where: { id: { in: ids }, ...proposalWhere(project.id) },
      orderBy: [{ applicationId: "asc" }, { checkedInAt: "asc" }],
      select: {
        id: true,
        applicationId: true,
        occurrence: true,
        proposedHours: true,
        slot: { select: { startsAt: true } },
      },
    });
    for (const c of waiting) {
      const workedOn = workedOnOf(c);
      const hours = c.proposedHours!.toNumber();
      if (entryHoursRefusal(hours) || dateRefusal(workedOn, project, now)) {
        result.skipped.push(c.id);
        continue;
      }
      const r = await confirmOne(tx, viewer, project, c.applicationId, { workedOn, hours, note: "" }, now);
      if ("entryId" in r) {
        await tx.checkIn.update({ where: { id: c.id }, data: { hoursEntryId: r.entryId } });
        result.confirmed.push(c.id);
      } else if (r.skip === "ALREADY_RECORDED") result.alreadyRecorded.push(c.id);
      else if (r.skip === "DAY_LIMIT") result.dayLimit.push(c.id);
      else result.skipped.push(c.id);
    }
  }, TX_OPTIONS);
  result.skipped.push(...ids.filter((id) => !Object.values(result).some((list) => list.includes(id))));
  return result;
}
