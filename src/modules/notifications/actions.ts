"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { markAllRead, markRead } from "./mutations";

const markReadSchema = z.object({ id: z.string().min(1).max(40) });

export async function markReadAction(input: unknown) {
  return runAction(markReadSchema, input, async ({ id }) => {
    const viewer = await requireViewer();
    await markRead(db, viewer, id);
    revalidatePath("/[locale]", "layout");
    return null;
  });
}

export async function markAllReadAction() {
  return runAction(z.undefined(), undefined, async () => {
    const viewer = await requireViewer();
    const count = await markAllRead(db, viewer);
    revalidatePath("/[locale]", "layout");
    return { count };
  });
}
