// Server start (Node.js runtime): bad or missing settings (AUTH_SECRET in production, a bad
// DATABASE_URL) stop the server here, with a message naming the variable, not on the first
// request. Background job workers are started from here too.
import { parseEnv } from "./server/env-schema";

try {
  parseEnv(process.env);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
