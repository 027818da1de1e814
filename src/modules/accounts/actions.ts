"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { certificateSchema, organizerSignUpSchema, volunteerProfileSchema, volunteerSignUpSchema } from "./schema";
import { addCertificate, removeCertificate } from "./certificates";
import { registerOrganizer, registerVolunteer, updateVolunteerProfile } from "./mutations";
import { signOutEverywhere } from "./sessions";

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

export async function addCertificateAction(input: unknown) {
  return runAction(certificateSchema, input, async (data) => {
    const viewer = await requireViewer();
    await addCertificate(db, viewer, data);
    revalidatePath("/[locale]/profile", "page");
    return null;
  });
}

export async function removeCertificateAction(certificateId: unknown) {
  return runAction(z.string().min(1).max(40), certificateId, async (id) => {
    const viewer = await requireViewer();
    await removeCertificate(db, viewer, id);
    revalidatePath("/[locale]/profile", "page");
    return null;
  });
}

/** Ends every session of the viewer on every device; the browser then signs itself out. */
export async function signOutEverywhereAction() {
  return runAction(z.undefined(), undefined, async () => {
    const viewer = await requireViewer();
    await signOutEverywhere(db, viewer);
    return null;
  });
}
