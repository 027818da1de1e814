"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/server/session";
import { organizerSignUpSchema, volunteerProfileSchema, volunteerSignUpSchema } from "./schema";
import { registerOrganizer, registerVolunteer, updateVolunteerProfile } from "./mutations";

export async function signUpVolunteerAction(input: unknown) {
  return runAction(volunteerSignUpSchema, input, async (data) => {
    await registerVolunteer(db, data);
    return null;
  });
}

export async function signUpOrganizerAction(input: unknown) {
  return runAction(organizerSignUpSchema, input, async (data) => {
    const { slug } = await registerOrganizer(db, data);
    return { slug };
  });
}

export async function updateVolunteerProfileAction(input: unknown) {
  return runAction(volunteerProfileSchema, input, async (data) => {
    const viewer = await requireViewer();
    await updateVolunteerProfile(db, viewer, data);
    revalidatePath("/[locale]/profile", "page");
    return null;
  });
}
