"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { updateWages } from "./mutations";
import { refreshAfterWageChange } from "./refresh";
import { wagesSchema } from "./schema";

export const updateWagesAction = authActionClient.inputSchema(wagesSchema).action(async ({ parsedInput, ctx }) => {
  const result = await updateWages(db, ctx.viewer, parsedInput);
  const rebuilt = result.changed.length === 0 || (await refreshAfterWageChange(db, parsedInput.year));
  revalidatePath("/[locale]/admin/wages", "page");
  revalidatePath("/[locale]/statistics", "layout");
  return { ...result, rebuilt };
});
