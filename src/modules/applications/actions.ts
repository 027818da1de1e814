"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { apply, decide, withdraw } from "./mutations";
import { applySchema, decideSchema, withdrawSchema } from "./schema";

// scripts/bench.ts posts `[{ roleId, motivation }]` to `applyAction`, found by this name and file
// in the build's server-reference manifest: keep both.
export const applyAction = authActionClient.inputSchema(applySchema).action(async ({ parsedInput, ctx }) => {
  const result = await apply(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/projects/[id]", "page");
  revalidatePath("/[locale]/my/applications", "page");
  return result;
});

export const withdrawAction = authActionClient
  .inputSchema(withdrawSchema)
  .action(async ({ parsedInput: { applicationId }, ctx }) => {
    const result = await withdraw(db, ctx.viewer, applicationId);
    revalidatePath("/[locale]/my/applications", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });

export const decideAction = authActionClient.inputSchema(decideSchema).action(async ({ parsedInput, ctx }) => {
  const result = await decide(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/organizers/[slug]/applications", "page");
  revalidatePath("/[locale]/projects/[id]", "page");
  return result;
});
