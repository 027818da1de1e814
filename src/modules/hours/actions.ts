"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
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

export const markAttendanceAction = authActionClient
  .inputSchema(attendanceSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markAttendance(db, ctx.viewer, parsedInput);
    revalidateHours();
    return result;
  });

export const confirmBulkAction = authActionClient.inputSchema(bulkHoursSchema).action(async ({ parsedInput, ctx }) => {
  const result = await confirmBulk(db, ctx.viewer, parsedInput);
  revalidateHours();
  return result;
});

export const confirmForVolunteerAction = authActionClient
  .inputSchema(personHoursSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await confirmForVolunteer(db, ctx.viewer, parsedInput);
    revalidateHours();
    return result;
  });

export const confirmEntryAction = authActionClient
  .inputSchema(confirmEntrySchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await confirmEntry(db, ctx.viewer, parsedInput);
    revalidateHours();
    return result;
  });

export const disputeEntryAction = authActionClient.inputSchema(disputeSchema).action(async ({ parsedInput, ctx }) => {
  const result = await disputeEntry(db, ctx.viewer, parsedInput);
  revalidateHours();
  return result;
});

export const correctEntryAction = authActionClient
  .inputSchema(correctionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await correctEntry(db, ctx.viewer, parsedInput);
    revalidateHours();
    return result;
  });

export const reportHoursAction = authActionClient.inputSchema(reportSchema).action(async ({ parsedInput, ctx }) => {
  const result = await reportHours(db, ctx.viewer, parsedInput);
  revalidateHours();
  return result;
});
