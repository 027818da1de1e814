"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { apply, decide, withdraw } from "./mutations";
import { applySchema, decideSchema, withdrawSchema } from "./schema";

export async function applyAction(input: unknown) {
  return runAction(applySchema, input, async (data) => {
    const viewer = await requireViewer();
    const result = await apply(db, viewer, data);
    revalidatePath("/[locale]/projects/[id]", "page");
    revalidatePath("/[locale]/my/applications", "page");
    return result;
  });
}

export async function withdrawAction(input: unknown) {
  return runAction(withdrawSchema, input, async ({ applicationId }) => {
    const viewer = await requireViewer();
    const result = await withdraw(db, viewer, applicationId);
    revalidatePath("/[locale]/my/applications", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
}

export async function decideAction(input: unknown) {
  return runAction(decideSchema, input, async (data) => {
    const viewer = await requireViewer();
    const result = await decide(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]/applications", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
}
