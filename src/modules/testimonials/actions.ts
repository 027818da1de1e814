"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import {
  hideTestimonialSchema,
  replyTestimonialSchema,
  reportTestimonialSchema,
  writeTestimonialSchema,
} from "./schema";
import { replyToTestimonial, reportTestimonial, setTestimonialHidden, writeTestimonial } from "./mutations";

// Testimonials show on the project page and the organizer's page; staff work them on their own.
function pagesChanged() {
  revalidatePath("/[locale]/projects/[id]", "page");
  revalidatePath("/[locale]/organizers/[slug]", "page");
  revalidatePath("/[locale]/moderation/testimonials", "page");
}

export const writeTestimonialAction = authActionClient
  .inputSchema(writeTestimonialSchema)
  .action(async ({ parsedInput, ctx }) => {
    await writeTestimonial(db, ctx.viewer, parsedInput);
    pagesChanged();
  });

export const replyTestimonialAction = authActionClient
  .inputSchema(replyTestimonialSchema)
  .action(async ({ parsedInput, ctx }) => {
    await replyToTestimonial(db, ctx.viewer, parsedInput);
    pagesChanged();
  });

export const reportTestimonialAction = authActionClient
  .inputSchema(reportTestimonialSchema)
  .action(async ({ parsedInput, ctx }) => {
    await reportTestimonial(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/moderation/testimonials", "page");
  });

export const hideTestimonialAction = authActionClient
  .inputSchema(hideTestimonialSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setTestimonialHidden(db, ctx.viewer, parsedInput);
    pagesChanged();
  });
