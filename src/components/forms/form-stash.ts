// What a person typed survives switching the language. The language links load the same page in
// another locale, which mounts every form afresh; just before, the switcher asks each mounted
// form with changes to put them in sessionStorage (this tab only, gone when it closes), keyed by
// the page and the form, and the form of the same key takes them back when it mounts.
// Passwords are never written down.

const PREFIX = "asar:form:";
/** Long enough for a slow page load, short enough that an old draft never surprises anyone. */
const MAX_AGE_MS = 5 * 60 * 1000;

type Stash = { at: number; values: Record<string, unknown> };

const stashers = new Set<() => void>();

/** Called by the one form hook while a form is mounted; returns the unregister function. */
export function onStashRequest(stash: () => void): () => void {
  stashers.add(stash);
  return () => {
    stashers.delete(stash);
  };
}

/** The language switcher calls this before it navigates. */
export function stashForms(): void {
  for (const stash of stashers) stash();
}

/** A field whose value is never written to storage. */
export function isSecretField(name: string): boolean {
  return /password|secret|token/i.test(name);
}

/**
 * The top-level fields whose value differs from the form's defaults, passwords and tokens left
 * out; null when nothing was changed.
 */
export function changedValues(
  values: Record<string, unknown>,
  defaults: Record<string, unknown> | undefined,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (isSecretField(name) || value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(defaults?.[name])) out[name] = value;
  }
  return Object.keys(out).length ? out : null;
}

export function writeStash(key: string, values: Record<string, unknown> | null, storage = sessionStorage): void {
  try {
    if (values) storage.setItem(PREFIX + key, JSON.stringify({ at: Date.now(), values } satisfies Stash));
    else storage.removeItem(PREFIX + key);
  } catch {
    // Storage full or disabled (private mode): the switch simply does not keep the values.
  }
}

/** The values stashed under `key` (and forgets them), or null when there are none or they are old. */
export function takeStash(key: string, storage = sessionStorage, now = Date.now()): Record<string, unknown> | null {
  try {
    const raw = storage.getItem(PREFIX + key);
    if (raw === null) return null;
    storage.removeItem(PREFIX + key);
    const stash = JSON.parse(raw) as Partial<Stash>;
    if (typeof stash.at !== "number" || now - stash.at > MAX_AGE_MS || now < stash.at) return null;
    if (!stash.values || typeof stash.values !== "object" || Array.isArray(stash.values)) return null;
    return Object.fromEntries(Object.entries(stash.values).filter(([name]) => !isSecretField(name)));
  } catch {
    return null;
  }
}
