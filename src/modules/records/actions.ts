"use server";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { deleteAccount } from "./mutations";
import { deleteAccountSchema } from "./schema";

/** Deletes the signed-in account; the form then signs the browser out (the session is already void). */
export async function deleteAccountAction(input: unknown) {
  return runAction(deleteAccountSchema, input, async (data) => {
    const viewer = await requireViewer();
    return deleteAccount(db, viewer, data);
  });
}
