"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { cancelProjectSchema, createProjectSchema, submitProjectSchema, updateProjectSchema } from "./schema";
import { cancelProject, createProject, submitProject, updateProject } from "./mutations";

/** The form then opens the new draft's page; nothing shown before changes. */
export const createProjectAction = authActionClient
  .inputSchema(createProjectSchema)
  .action(async ({ parsedInput: { organizerId, helpRequestId, ...project }, ctx }) =>
    createProject(db, ctx.viewer, organizerId, project, helpRequestId),
  );

export const updateProjectAction = authActionClient
  .inputSchema(updateProjectSchema)
  .action(async ({ parsedInput: { projectId, ...project }, ctx }) => {
    const result = await updateProject(db, ctx.viewer, projectId, project);
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });

export const submitProjectAction = authActionClient
  .inputSchema(submitProjectSchema)
  .action(async ({ parsedInput: { projectId }, ctx }) => {
    await submitProject(db, ctx.viewer, projectId);
    revalidatePath("/[locale]/projects/[id]", "page");
  });

export const cancelProjectAction = authActionClient
  .inputSchema(cancelProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await cancelProject(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
