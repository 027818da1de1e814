"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { projectDecisionSchema } from "./schema";
import { decideProject } from "./mutations";

export const decideProjectAction = authActionClient
  .inputSchema(projectDecisionSchema)
  .action(async ({ parsedInput, ctx }) => {
    await decideProject(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/moderation", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
  });
