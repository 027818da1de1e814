import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere } from "./scope";

/** What an organizer's profile shows and its editor edits; members and their data are not in it. */
const PROFILE_SELECT = {
  id: true,
  slug: true,
  name: true,
  form: true,
  legalForm: true,
  bin: true,
  regionCode: true,
  settlement: true,
  directions: true,
  description: true,
  email: true,
  phone: true,
  website: true,
  verificationStatus: true,
} as const;

/** The public page: contacts and classification, never the members' personal data. */
export async function getPublicOrganizer(db: Db, slug: string) {
  return db.organizer.findUnique({
    where: { slug },
    select: {
      ...PROFILE_SELECT,
      reviewReason: true,
      createdAt: true,
      projects: {
        where: { status: { in: ["PUBLISHED", "COMPLETED"] } },
        orderBy: { startsAt: "desc" },
        take: 50,
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          status: true,
          settlement: true,
          isOnline: true,
          primaryDirection: true,
        },
      },
    },
  });
}

/** The organizer as its own members (or an admin) edit it; null for anyone else. */
export async function getOrganizerForEdit(db: Db, viewer: Viewer, slug: string) {
  return db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: PROFILE_SELECT,
  });
}
