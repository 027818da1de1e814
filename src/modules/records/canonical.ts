import { createHash } from "node:crypto";

// What a document certifies is stored as JSON and fingerprinted. PostgreSQL's jsonb reorders
// keys and drops whitespace, so the fingerprint is taken over a canonical form: object keys
// sorted by code point, no whitespace, arrays in order (RFC 8785 in spirit). Payloads hold
// strings, integers, booleans and nulls only — decimals such as hours are strings — so no
// number can read back differently from the database.

export type CanonicalValue =
  string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue | undefined };

export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isSafeInteger(value)) throw new Error(`canonicalJson: only safe integers are allowed, got ${value}`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new Error(`canonicalJson: unsupported ${typeof value}`);
  }
}

/** The sha256 (hex) of the payload's canonical JSON in UTF-8. */
export function payloadHash(payload: unknown): string {
  return createHash("sha256").update(canonicalJson(payload), "utf8").digest("hex");
}
