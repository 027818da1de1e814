import "server-only";

/** The message keys a messages page shows from `?error=`: the refusals its forms can give. */
const SHOWN = /^(errors|messages\.errors)\.[A-Za-z_]+$/;

/** `?error=<key>` of a form post, translated — only our refusal keys; anything else shows nothing. */
export function errorText(t: { (key: string): string; has(key: string): boolean }, value: unknown): string | null {
  if (typeof value !== "string" || !SHOWN.test(value) || !t.has(value)) return null;
  return t(value);
}
