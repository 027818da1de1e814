"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { createFromTemplateSchema, deleteTemplateSchema, duplicateProjectSchema, saveTemplateSchema } from "./schema";
import { createFromTemplate, deleteTemplate, duplicateProject, saveTemplate } from "./mutations";

const listsChanged = () => {
  revalidatePath("/[locale]/organizers/[slug]/projects", "page");
  revalidatePath("/[locale]/organizers/[slug]/templates", "page");
};

/** The form then opens the new draft's page. */
export const duplicateProjectAction = authActionClient
  .inputSchema(duplicateProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await duplicateProject(db, ctx.viewer, parsedInput);
    listsChanged();
    return created;
  });

export const saveTemplateAction = authActionClient
  .inputSchema(saveTemplateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await saveTemplate(db, ctx.viewer, parsedInput);
    listsChanged();
    return saved;
  });

export const deleteTemplateAction = authActionClient
  .inputSchema(deleteTemplateSchema)
  .action(async ({ parsedInput, ctx }) => {
    await deleteTemplate(db, ctx.viewer, parsedInput);
    listsChanged();
  });

export const createFromTemplateAction = authActionClient
  .inputSchema(createFromTemplateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createFromTemplate(db, ctx.viewer, parsedInput);
    listsChanged();
    return created;
  });
