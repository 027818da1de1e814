"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { cancelProjectSchema, projectSchema } from "./schema";
import { cancelProject, createProject, submitProject, updateProject } from "./mutations";

const id = z.string().min(1).max(40);

export async function createProjectAction(organizerId: unknown, input: unknown) {
  return runAction(z.object({ organizerId: id, input: projectSchema }), { organizerId, input }, async (data) => {
    const viewer = await requireViewer();
    return createProject(db, viewer, data.organizerId, data.input);
  });
}

export async function updateProjectAction(projectId: unknown, input: unknown) {
  return runAction(z.object({ projectId: id, input: projectSchema }), { projectId, input }, async (data) => {
    const viewer = await requireViewer();
    const result = await updateProject(db, viewer, data.projectId, data.input);
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
}

export async function submitProjectAction(projectId: unknown) {
  return runAction(id, projectId, async (pid) => {
    const viewer = await requireViewer();
    await submitProject(db, viewer, pid);
    revalidatePath("/[locale]/projects/[id]", "page");
    return null;
  });
}

export async function cancelProjectAction(input: unknown) {
  return runAction(cancelProjectSchema, input, async (data) => {
    const viewer = await requireViewer();
    const result = await cancelProject(db, viewer, data);
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
}
