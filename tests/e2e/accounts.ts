export const E2E_ADMIN = { email: "admin@e2e.asar", password: "admin-e2e-password" };

/** Pending organizers for the regional staff journey. */
export const E2E_ORGANIZERS = [
  { name: "Қамқор тобы Астана", slug: "e2e-astana-group", regionCode: "ASTANA" },
  { name: "Жасыл Ақтөбе", slug: "e2e-aktobe-group", regionCode: "AKTOBE" },
] as const;

/** A verified organizer and the Astana front office, for the posting and moderation journey. */
export const E2E_ORGANIZER_OWNER = { email: "owner@e2e.asar", password: "owner-e2e-password", slug: "e2e-verified-org", name: "Astana Jastary (e2e)" };
export const E2E_STAFF_ASTANA = { email: "staff.astana@e2e.asar", password: "staff-e2e-password" };
