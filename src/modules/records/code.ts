import { randomBytes } from "node:crypto";

// Verification codes: 12 characters of Crockford's base32 (no I, L, O, U — nothing to misread),
// 60 bits from the system's cryptographic random source: guessing one among even a million
// issued documents takes about 10^12 tries on average. Shown in groups of four; typed codes
// are forgiving (any case, spaces and dashes ignored, O read as 0, I and L as 1).

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 12;
const VALID = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

export function newVerificationCode(): string {
  const bytes = randomBytes(8);
  let n = bytes.readBigUInt64BE(0);
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    out += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return out;
}

/** "abcd-efgh 2jkm" → "ABCDEFGH2JKM"; null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return VALID.test(s) ? s : null;
}

/** "ABCDEFGH2JKM" → "ABCD-EFGH-2JKM". */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
