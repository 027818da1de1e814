"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { updateWages } from "./mutations";
import { wagesSchema } from "./schema";

export async function updateWagesAction(input: unknown) {
  return runAction(wagesSchema, input, async (data) => {
    const viewer = await requireViewer();
    const result = await updateWages(db, viewer, data);
    revalidatePath("/[locale]/admin/wages", "page");
    revalidatePath("/[locale]/statistics", "layout");
    return result;
  });
}
