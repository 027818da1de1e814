import { SDG_NUMBERS, type SdgNumber } from "@/domain/sdg";
import type { SdgImpact } from "@/domain/sdg-directions";

// How confirmed hours are attributed to the Sustainable Development Goals: a project's hours
// count in full toward every goal the project links to, under that link's impact (direct or
// indirect). A project linked to three goals adds its hours to each of the three, so the goals'
// hours do not add up to the platform's hours — the pages say so. Splitting hours equally between
// goals was the alternative: it adds up, but it would tell an organizer whose clean-up serves
// goals 6, 14 and 15 that each got a third of the work, which is not what happened.
// The statistics refresh (refresh.ts) does the same in SQL; tests keep the two equal.
export const SDG_ATTRIBUTION_METHOD = "FULL_HOURS_TO_EACH_LINKED_GOAL" as const;

export type GoalHours = { sdg: SdgNumber; direct: number; indirect: number };

export type ProjectHours = { hours: number; links: readonly { sdg: number; impact: SdgImpact }[] };

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Hours per goal, direct and indirect apart, for all 17 goals in order (zeros included). */
export function attributeToGoals(projects: readonly ProjectHours[]): GoalHours[] {
  const direct = new Map<number, number>();
  const indirect = new Map<number, number>();
  for (const project of projects) {
    if (!(project.hours > 0)) continue;
    // A project links to a goal once; a repeated link must not count twice.
    const seen = new Set<number>();
    for (const link of project.links) {
      if (seen.has(link.sdg)) continue;
      seen.add(link.sdg);
      const into = link.impact === "DIRECT" ? direct : indirect;
      into.set(link.sdg, (into.get(link.sdg) ?? 0) + project.hours);
    }
  }
  return SDG_NUMBERS.map((sdg) => ({
    sdg,
    direct: round2(direct.get(sdg) ?? 0),
    indirect: round2(indirect.get(sdg) ?? 0),
  }));
}
