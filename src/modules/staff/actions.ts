"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { RegionCode } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { appointStaffSchema } from "@/modules/accounts/schema";
import { appointStaff, removeStaff } from "./mutations";

export async function appointStaffAction(input: unknown) {
  return runAction(appointStaffSchema, input, async (data) => {
    const viewer = await requireViewer();
    await appointStaff(db, viewer, data);
    revalidatePath("/[locale]/admin/staff", "page");
    return null;
  });
}

const removeSchema = z.object({ userId: z.string().min(1).max(40), regionCode: z.enum(RegionCode) });

export async function removeStaffAction(input: unknown) {
  return runAction(removeSchema, input, async ({ userId, regionCode }) => {
    const viewer = await requireViewer();
    await removeStaff(db, viewer, userId, regionCode);
    revalidatePath("/[locale]/admin/staff", "page");
    return null;
  });
}
