import "server-only";
import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The validated settings; nothing else in the app reads process.env. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
