import "server-only";
import type { DocumentKind, Locale } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { payloadHash } from "./canonical";
import { normalizeCode } from "./code";
import { documentPayloadSchema, type DocumentPayload } from "./payload";

export type Verification =
  | { status: "NOT_FOUND" }
  | { status: "REVOKED"; code: string; kind: DocumentKind; issuedAt: Date; revokedAt: Date }
  | { status: "ALTERED"; code: string; kind: DocumentKind; issuedAt: Date }
  | { status: "GENUINE"; code: string; kind: DocumentKind; locale: Locale; issuedAt: Date; payload: DocumentPayload };

/**
 * The public check behind /verify/<code>. Reads only the document row — never the volunteer's
 * account — so the page cannot show more about the person than the document itself says.
 * The stored payload's fingerprint is recomputed: a row edited after issue reads as altered,
 * and its (untrusted) content is not shown.
 */
export async function verifyDocument(db: Db, rawCode: string): Promise<Verification> {
  const code = normalizeCode(rawCode);
  if (!code) return { status: "NOT_FOUND" };
  const doc = await db.issuedDocument.findUnique({
    where: { code },
    select: { code: true, kind: true, locale: true, payload: true, payloadHash: true, issuedAt: true, revokedAt: true },
  });
  if (!doc) return { status: "NOT_FOUND" };
  if (doc.revokedAt)
    return { status: "REVOKED", code: doc.code, kind: doc.kind, issuedAt: doc.issuedAt, revokedAt: doc.revokedAt };
  let hashMatches = false;
  try {
    hashMatches = payloadHash(doc.payload) === doc.payloadHash;
  } catch {
    // A payload edited into something no issued document could hold (e.g. a fraction).
  }
  const parsed = documentPayloadSchema.safeParse(doc.payload);
  if (!hashMatches || !parsed.success || parsed.data.kind !== doc.kind)
    return { status: "ALTERED", code: doc.code, kind: doc.kind, issuedAt: doc.issuedAt };
  return {
    status: "GENUINE",
    code: doc.code,
    kind: doc.kind,
    locale: doc.locale,
    issuedAt: doc.issuedAt,
    payload: parsed.data,
  };
}
