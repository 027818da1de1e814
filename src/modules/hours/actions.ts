"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { markAttendance } from "./attendance";
import { confirmBulk, confirmForVolunteer } from "./confirmation";
import { correctEntry } from "./corrections";
import { confirmEntry, disputeEntry, reportHours } from "./self-reports";
import {
  attendanceSchema,
  bulkHoursSchema,
  confirmEntrySchema,
  correctionSchema,
  disputeSchema,
  personHoursSchema,
  reportSchema,
} from "./schema";

function revalidateHours() {
  revalidatePath("/[locale]/projects/[id]/hours", "page");
  revalidatePath("/[locale]/my/hours", "page");
}

export async function markAttendanceAction(input: unknown) {
  return runAction(attendanceSchema, input, async (data) => {
    const result = await markAttendance(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function confirmBulkAction(input: unknown) {
  return runAction(bulkHoursSchema, input, async (data) => {
    const result = await confirmBulk(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function confirmForVolunteerAction(input: unknown) {
  return runAction(personHoursSchema, input, async (data) => {
    const result = await confirmForVolunteer(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function confirmEntryAction(input: unknown) {
  return runAction(confirmEntrySchema, input, async (data) => {
    const result = await confirmEntry(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function disputeEntryAction(input: unknown) {
  return runAction(disputeSchema, input, async (data) => {
    const result = await disputeEntry(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function correctEntryAction(input: unknown) {
  return runAction(correctionSchema, input, async (data) => {
    const result = await correctEntry(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}

export async function reportHoursAction(input: unknown) {
  return runAction(reportSchema, input, async (data) => {
    const result = await reportHours(db, await requireViewer(), data);
    revalidateHours();
    return result;
  });
}
