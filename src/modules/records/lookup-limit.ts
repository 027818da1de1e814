// Verification lookups per client address: a fixed one-minute window kept in this process's
// memory. The codes themselves carry 60 random bits, so guessing is hopeless whatever the limit;
// this only keeps a script from hammering the database through the public page. The login
// limiter (src/server/rate-limit.ts) keeps failed sign-ins in PostgreSQL so that they count
// across instances; lookups are not worth a write each, and a per-instance limit is enough here.

export const LOOKUPS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

type Window = { start: number; count: number };
const windows = new Map<string, Window>();

/** Counts one lookup from `ip`; false when the address has used up its minute. */
export function allowLookup(ip: string, now = Date.now(), limit = LOOKUPS_PER_MINUTE): boolean {
  let w = windows.get(ip);
  if (!w || now - w.start >= WINDOW_MS) {
    if (windows.size >= MAX_TRACKED) {
      for (const [key, old] of windows) if (now - old.start >= WINDOW_MS) windows.delete(key);
      // Still full of live windows: forget the oldest rather than grow without bound.
      if (windows.size >= MAX_TRACKED) windows.delete(windows.keys().next().value!);
    }
    w = { start: now, count: 0 };
    windows.set(ip, w);
  }
  w.count += 1;
  return w.count <= limit;
}
