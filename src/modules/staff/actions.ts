"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { appointStaffSchema } from "@/modules/accounts/schema";
import { appointStaff, removeStaff } from "./mutations";
import { removeStaffSchema } from "./schema";

export const appointStaffAction = authActionClient
  .inputSchema(appointStaffSchema)
  .action(async ({ parsedInput, ctx }) => {
    await appointStaff(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/admin/staff", "page");
  });

export const removeStaffAction = authActionClient
  .inputSchema(removeStaffSchema)
  .action(async ({ parsedInput: { userId, regionCode }, ctx }) => {
    await removeStaff(db, ctx.viewer, userId, regionCode);
    revalidatePath("/[locale]/admin/staff", "page");
  });
