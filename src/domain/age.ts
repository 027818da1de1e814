// Ages for the volunteer rules (14 and over; consent under 18) and the regional front offices'
// statistics groups. Dates are read as calendar dates in UTC: birth dates are stored as
// date-only values, which arrive as UTC midnight.

export const MIN_VOLUNTEER_AGE = 14;
export const ADULT_AGE = 18;

export const GENDERS = ["MALE", "FEMALE"] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Full years from birthDate to `on`. The age goes up on the birthday; someone born on 29 February
 * turns a year older on 1 March in common years (never early, which matters for minors).
 */
export function ageOn(birthDate: Date, on: Date): number {
  const years = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const monthDiff = on.getUTCMonth() - birthDate.getUTCMonth();
  const beforeBirthday = monthDiff < 0 || (monthDiff === 0 && on.getUTCDate() < birthDate.getUTCDate());
  return beforeBirthday ? years - 1 : years;
}

export function isMinor(birthDate: Date, on: Date): boolean {
  return ageOn(birthDate, on) < ADULT_AGE;
}

export function isOldEnoughToVolunteer(birthDate: Date, on: Date): boolean {
  return ageOn(birthDate, on) >= MIN_VOLUNTEER_AGE;
}

// Social Code of the Republic of Kazakhstan: men retire at 63; women's age, rising towards 63,
// is held at 61 until 2028. With the gender unknown the statistics use the men's age.
export const RETIREMENT_AGE = { MALE: 63, FEMALE: 61 } as const satisfies Record<Gender, number>;

export function retirementAge(gender: Gender | null): number {
  return gender === null ? RETIREMENT_AGE.MALE : RETIREMENT_AGE[gender];
}

/** The age groups of the regional front offices' monthly statistics. */
export const AGE_GROUPS = ["UNDER_18", "AGE_18_29", "AGE_30_RETIREMENT", "RETIREMENT"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function ageGroup(birthDate: Date, gender: Gender | null, on: Date): AgeGroup {
  const age = ageOn(birthDate, on);
  if (age < ADULT_AGE) return "UNDER_18";
  if (age < 30) return "AGE_18_29";
  if (age < retirementAge(gender)) return "AGE_30_RETIREMENT";
  return "RETIREMENT";
}
