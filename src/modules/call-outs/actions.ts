"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { callOutSchema } from "./schema";
import { createCallOut } from "./create";

/** Creates the call-out (its fan-out starts at once); the form then opens its live page. */
export const createCallOutAction = authActionClient.inputSchema(callOutSchema).action(async ({ parsedInput, ctx }) => {
  const { id } = await createCallOut(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/moderation/call-outs", "page");
  revalidatePath("/[locale]/projects", "page");
  return { id, path: `/moderation/call-outs/${id}` };
});
