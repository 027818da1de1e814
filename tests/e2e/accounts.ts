export const E2E_ADMIN = { email: "admin@e2e.asar", password: "admin-e2e-password" };

/** Pending organizers for the regional staff journey. */
export const E2E_ORGANIZERS = [
  { name: "Қамқор тобы Астана", slug: "e2e-astana-group", regionCode: "ASTANA" },
  { name: "Жасыл Ақтөбе", slug: "e2e-aktobe-group", regionCode: "AKTOBE" },
] as const;
