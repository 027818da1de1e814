"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { projectDecisionSchema } from "./schema";
import { decideProject } from "./mutations";

export async function decideProjectAction(input: unknown) {
  return runAction(projectDecisionSchema, input, async (data) => {
    const viewer = await requireViewer();
    await decideProject(db, viewer, data);
    revalidatePath("/[locale]/moderation", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return null;
  });
}
