"use server";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { deleteAccount } from "./mutations";
import { deleteAccountSchema } from "./schema";

/** Deletes the signed-in account; the form then signs the browser out (the session is already void). */
export const deleteAccountAction = authActionClient
  .inputSchema(deleteAccountSchema)
  .action(async ({ parsedInput, ctx }) => deleteAccount(db, ctx.viewer, parsedInput));
