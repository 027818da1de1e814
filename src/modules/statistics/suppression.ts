// Small-group suppression for everything the public sees (the public statistics page and the
// open data): a figure that rests on fewer than MIN_GROUP_SIZE distinct volunteers is withheld,
// so nobody can be picked out ("the one volunteer over 63 in Ulytau in March worked 6 hours").
// Zero is shown: it says nothing about a person.
//
// Withholding one cell is not enough when its group's total is published: the total minus the
// others gives it back. So when exactly one cell of a group is withheld, the smallest other
// non-zero cell is withheld too ("complementary" suppression, as statistics offices do).
export const MIN_GROUP_SIZE = 5;

export type Disclosure = "SHOWN" | "SMALL_GROUP" | "COMPLEMENTARY";

export function isSmallGroup(volunteers: number): boolean {
  return volunteers > 0 && volunteers < MIN_GROUP_SIZE;
}

/**
 * For each cell of a group whose total is published, whether it may be shown. `volunteers` are
 * the distinct volunteers behind each cell.
 */
export function suppressGroup(volunteers: readonly number[]): Disclosure[] {
  const out: Disclosure[] = volunteers.map((n) => (isSmallGroup(n) ? "SMALL_GROUP" : "SHOWN"));
  if (out.filter((d) => d === "SMALL_GROUP").length !== 1) return out;
  let pick = -1;
  volunteers.forEach((n, i) => {
    if (out[i] === "SHOWN" && n > 0 && (pick === -1 || n < volunteers[pick]!)) pick = i;
  });
  if (pick !== -1) out[pick] = "COMPLEMENTARY";
  return out;
}

/** The value, or null when withheld. */
export function disclose<T>(value: T, disclosure: Disclosure): T | null {
  return disclosure === "SHOWN" ? value : null;
}
