export const E2E_ADMIN = { email: "admin@e2e.asar", password: "admin-e2e-password" };
