"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { callOutSchema } from "./schema";
import { createCallOut } from "./create";
import { staffsRegion } from "@/modules/staff/scope";

/**
 * Creates the call-out (its fan-out starts at once); the form then opens the staff's live page,
 * or for an organizer calling out from a request it accepted, the backing project's page, where
 * its team follows the answers as applications.
 */
export const createCallOutAction = authActionClient.inputSchema(callOutSchema).action(async ({ parsedInput, ctx }) => {
  const { id, projectId } = await createCallOut(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/moderation/call-outs", "page");
  revalidatePath("/[locale]/projects", "page");
  const staff = parsedInput.regions.every((r) => staffsRegion(ctx.viewer, r));
  return { id, path: staff ? `/moderation/call-outs/${id}` : `/projects/${projectId}` };
});
