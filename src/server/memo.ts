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

/**
 * `memoize` per key (a year, a region), for at most `maxKeys` keys at once: the oldest entry
 * makes room for a new one.
 */
export function memoizeByKey<K extends string | number, T>(
  ttlMs: number,
  compute: (key: K) => Promise<T>,
  maxKeys = 64,
): (key: K) => Promise<T> {
  const entries = new Map<K, () => Promise<T>>();
  return (key) => {
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= maxKeys) entries.delete(entries.keys().next().value as K);
      entry = memoize(ttlMs, () => compute(key));
      entries.set(key, entry);
    }
    return entry();
  };
}
