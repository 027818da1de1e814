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

/**
 * The same rule over a table whose margins are published too (a cross-tabulation with totals in
 * several directions): `counts` are the distinct people behind each cell, `totals` lists each
 * published sum as [total, ...parts] (indexes into counts). Cells below MIN_GROUP_SIZE are
 * withheld; then, as long as some sum has exactly one withheld member — which subtraction would
 * give back — the smallest other non-zero member of that sum is withheld too, until every sum
 * has none or at least two withheld. For one group this is exactly suppressGroup.
 */
export function suppressTable(counts: readonly number[], totals: readonly (readonly number[])[]): Disclosure[] {
  const out: Disclosure[] = counts.map((n) => (isSmallGroup(n) ? "SMALL_GROUP" : "SHOWN"));
  for (let changed = true; changed;) {
    changed = false;
    for (const sum of totals) {
      if (sum.filter((i) => out[i] !== "SHOWN").length !== 1) continue;
      let pick = -1;
      for (const i of sum)
        if (out[i] === "SHOWN" && counts[i]! > 0 && (pick === -1 || counts[i]! < counts[pick]!)) pick = i;
      if (pick === -1) continue;
      out[pick] = "COMPLEMENTARY";
      changed = true;
    }
  }
  return out;
}
