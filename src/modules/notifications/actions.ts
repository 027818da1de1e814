"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { markAllRead, markRead } from "./mutations";
import { markReadSchema } from "./schema";

export const markReadAction = authActionClient
  .inputSchema(markReadSchema)
  .action(async ({ parsedInput: { id }, ctx }) => {
    await markRead(db, ctx.viewer, id);
    revalidatePath("/[locale]", "layout");
  });

/** Takes no input. */
export const markAllReadAction = authActionClient.action(async ({ ctx }) => {
  const count = await markAllRead(db, ctx.viewer);
  revalidatePath("/[locale]", "layout");
  return { count };
});
