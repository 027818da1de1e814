// Runs once when the server starts: bad or missing settings (AUTH_SECRET in production, a bad
// DATABASE_URL) stop it here, with a message naming the variable, not on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./server/env-schema");
  try {
    parseEnv(process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
