"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { advanceCheckIn } from "./scan";
import { confirmProposed } from "./confirm";
import { confirmProposedSchema, scanSchema } from "./schema";

/** The scanning page's button: check in, or check out. */
export const checkInAction = authActionClient.inputSchema(scanSchema).action(async ({ parsedInput, ctx }) => {
  const view = await advanceCheckIn(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/check-in/[code]", "page");
  revalidatePath("/[locale]/projects/[id]/check-in", "page");
  revalidatePath("/[locale]/projects/[id]/hours", "page");
  return { next: view.next, done: view.done };
});

/** The hours page: confirm the hours check-outs proposed. */
export const confirmProposedAction = authActionClient
  .inputSchema(confirmProposedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await confirmProposed(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/projects/[id]/hours", "page");
    revalidatePath("/[locale]/my/hours", "page");
    revalidatePath("/[locale]/my/record", "page");
    return result;
  });
