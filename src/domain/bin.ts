// Kazakhstan's 12-digit business (BIN) and individual (IIN) identification numbers share one
// check digit: weights 1..11 over the first 11 digits, mod 11; if that gives 10, weights
// 3,4,5,6,7,8,9,10,11,1,2; if that gives 10 too, no number is issued with those 11 digits.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** In a BIN, the 5th digit is the entity type: 4 resident, 5 non-resident legal entity, 6 joint business. */
export const BIN_ENTITY_TYPE_DIGITS = ["4", "5", "6"] as const;

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit for 11 digits, or null if those digits can carry none (or are not 11 digits). */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = Array.from(first11, Number);
  const first = weightedMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** 12 digits whose last one is the correct check digit (an IIN or a BIN). */
export function hasValidCheckDigit(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const check = binCheckDigit(value.slice(0, 11));
  return check !== null && check === Number(value[11]);
}

/** A legal entity's BIN: valid check digit and a legal-entity type in the 5th digit. */
export function isValidBin(value: string): boolean {
  return hasValidCheckDigit(value) && (BIN_ENTITY_TYPE_DIGITS as readonly string[]).includes(value[4] ?? "");
}

/**
 * A person's IIN: valid check digit, a birth date YYMMDD in the first six digits and a
 * century-and-gender digit 1-6 in the 7th.
 */
export function isValidIin(value: string): boolean {
  if (!hasValidCheckDigit(value)) return false;
  const centuryDigit = Number(value[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return false;
  const year = 1800 + 100 * Math.floor((centuryDigit - 1) / 2) + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A valid 12-digit number built from 11 digits, for seeds and tests. When the 11 digits can carry
 * no check digit, the last two (the serial number's tail) are stepped until some can.
 */
export function makeBin(prefix11: string): string {
  if (!/^\d{11}$/.test(prefix11)) throw new Error(`makeBin needs 11 digits, got "${prefix11}"`);
  const head = prefix11.slice(0, 9);
  const tail = Number(prefix11.slice(9));
  for (let step = 0; step < 100; step++) {
    const candidate = head + String((tail + step) % 100).padStart(2, "0");
    const check = binCheckDigit(candidate);
    if (check !== null) return candidate + String(check);
  }
  // Unreachable: changing the 11th digit alone already moves the second checksum through all residues.
  throw new Error(`makeBin found no check digit for "${prefix11}"`);
}
