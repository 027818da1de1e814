// Tells the production server in front (src/serve/serve.ts) that what anonymous visitors see may
// have changed, so every worker of this instance drops its cached public pages at once (decision
// 0009). No imports: the server imports the event's name from here, outside Next.js's bundle, and
// the two meet on the one `process` object of the worker.
export const PUBLIC_PAGES_CHANGED = "asar:public-pages-changed";

export function publicPagesChanged() {
  (process as NodeJS.EventEmitter).emit(PUBLIC_PAGES_CHANGED);
}
