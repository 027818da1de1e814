import "server-only";

/**
 * Remembers an expensive, non-personal result (public counts, reference figures) for `ttlMs`
 * in this server process. Concurrent callers during a refresh share one computation; a failed
 * computation is not remembered.
 */
export function memoize<T>(ttlMs: number, compute: () => Promise<T>): () => Promise<T> {
  let value: { at: number; promise: Promise<T> } | null = null;
  return () => {
    const now = Date.now();
    if (value && now - value.at < ttlMs) return value.promise;
    const promise = compute();
    const entry = { at: now, promise };
    value = entry;
    promise.catch(() => {
      if (value === entry) value = null;
    });
    return promise;
  };
}
