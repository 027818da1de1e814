import type { Direction, SocialSubtype } from "./classification";
import { SDG_NUMBERS, type SdgNumber } from "./sdg";

// The review's table "Channels and methods of volunteering impact on national development goals
// and SDGs in priority areas" (National Volunteer Network, 2024), encoded row by row. The review
// groups some goals under one heading (1-2, 7-9, 12-15); such a block applies to each goal in it.
// A project's links to goals are proposed from this table; the organizer may adjust them.

/** How a project links to a goal. */
export const SDG_IMPACTS = ["DIRECT", "INDIRECT"] as const;
export type SdgImpact = (typeof SDG_IMPACTS)[number];

/** The review's rating of a direction's contribution to a goal. */
export const CONTRIBUTION_IMPACTS = ["DIRECT", "INDIRECT", "DIRECT_AND_INDIRECT"] as const;
export type ContributionImpact = (typeof CONTRIBUTION_IMPACTS)[number];

export type SdgContribution = {
  direction: Direction;
  impact: ContributionImpact;
  /** The row label as the review prints it. */
  reviewRow: string;
  /** Where the review's examples name social subtypes; for reference, not used to propose. */
  socialSubtypes?: readonly SocialSubtype[];
};

export type SdgTableBlock = { sdgs: readonly SdgNumber[]; contributions: readonly SdgContribution[] };

export const SDG_DIRECTION_TABLE: readonly SdgTableBlock[] = [
  {
    // "These goals are not currently official priorities for Kazakhstan."
    sdgs: [1, 2],
    contributions: [
      // Examples: material and food aid, humanitarian aid (HUMANITARIAN_AID), household help
      // (ELDERLY), documents, benefits, employment support. The review names no subtype.
      { direction: "SOCIAL", impact: "DIRECT", reviewRow: "Social Volunteering" },
      { direction: "EDUCATIONAL", impact: "INDIRECT", reviewRow: "Educational Volunteering" },
      { direction: "MEDIA", impact: "DIRECT_AND_INDIRECT", reviewRow: "Media Volunteering" },
    ],
  },
  {
    sdgs: [3],
    contributions: [
      { direction: "MEDICAL", impact: "DIRECT", reviewRow: "Medical and Donor Volunteering" },
      { direction: "EMERGENCY", impact: "DIRECT", reviewRow: "Emergency Volunteering" },
      { direction: "EDUCATIONAL", impact: "INDIRECT", reviewRow: "Educational Volunteering" },
      { direction: "SPORTS", impact: "DIRECT_AND_INDIRECT", reviewRow: "Sports and Healthy Lifestyle Volunteering" },
    ],
  },
  {
    sdgs: [4],
    contributions: [
      { direction: "EDUCATIONAL", impact: "DIRECT", reviewRow: "Educational Volunteering" },
      { direction: "ARTS", impact: "DIRECT", reviewRow: "Art Volunteering" },
    ],
  },
  {
    sdgs: [5],
    contributions: [
      // Crisis centers, survivors of violence, women's rights.
      { direction: "SOCIAL", impact: "DIRECT", reviewRow: "Social Volunteering", socialSubtypes: ["CRISIS_CENTERS"] },
      { direction: "CIVIL_SOCIETY", impact: "DIRECT", reviewRow: "Civil Society Development Volunteering" },
      { direction: "EDUCATIONAL", impact: "INDIRECT", reviewRow: "Educational Volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media Volunteering" },
      { direction: "EVENT", impact: "INDIRECT", reviewRow: "Event Volunteering" },
    ],
  },
  {
    sdgs: [6],
    contributions: [
      { direction: "ENVIRONMENTAL", impact: "DIRECT", reviewRow: "Environmental Volunteering" },
      { direction: "EMERGENCY", impact: "DIRECT", reviewRow: "Emergency Volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media Volunteering" },
      { direction: "EDUCATIONAL", impact: "DIRECT_AND_INDIRECT", reviewRow: "Educational Volunteering" },
    ],
  },
  {
    // "Limited opportunities for direct volunteer contributions."
    sdgs: [7, 8, 9],
    contributions: [
      { direction: "EVENT", impact: "INDIRECT", reviewRow: "Event Volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media Volunteering" },
    ],
  },
  {
    sdgs: [10],
    contributions: [
      // Special health needs, children without parental care, prisoners and former prisoners,
      // addiction prevention; the review also lists "search for missing people" here, under
      // social volunteering, not under search-and-rescue.
      {
        direction: "SOCIAL",
        impact: "DIRECT",
        reviewRow: "Social volunteering",
        socialSubtypes: ["SPECIAL_NEEDS", "CHILDREN_FAMILIES", "PRISONERS", "ADDICTION_PREVENTION"],
      },
      {
        direction: "PUBLIC_SPACES",
        impact: "DIRECT_AND_INDIRECT",
        reviewRow: "Volunteering for the improvement of public spaces",
      },
      { direction: "EDUCATIONAL", impact: "DIRECT", reviewRow: "Educational Volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media volunteering" },
      // The review's example repeats SDG 5's gender-equality events, but rates them DIRECT here.
      { direction: "EVENT", impact: "DIRECT", reviewRow: "Event volunteering" },
      { direction: "ETHNIC", impact: "DIRECT_AND_INDIRECT", reviewRow: "Ethnic volunteering" },
    ],
  },
  {
    sdgs: [11],
    contributions: [
      // Resettlement to rural areas, village infrastructure; no subtype fits.
      { direction: "SOCIAL", impact: "DIRECT", reviewRow: "Social volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media volunteering" },
    ],
  },
  {
    sdgs: [12, 13, 14, 15],
    contributions: [
      { direction: "ENVIRONMENTAL", impact: "DIRECT", reviewRow: "Environmental volunteering" },
      { direction: "ANIMAL", impact: "DIRECT", reviewRow: "Animal Volunteering" },
      { direction: "EDUCATIONAL", impact: "DIRECT_AND_INDIRECT", reviewRow: "Educational Volunteering" },
      { direction: "MEDIA", impact: "INDIRECT", reviewRow: "Media volunteering" },
    ],
  },
  {
    sdgs: [16],
    contributions: [
      { direction: "ETHNIC", impact: "DIRECT_AND_INDIRECT", reviewRow: "Ethnic Volunteering" },
      // The review's row is "New format": the state project "Anti-corruption Volunteers". It
      // names no direction; the review describes anti-corruption volunteering as new volunteering
      // "in the direction of developing civil society", so it is encoded as CIVIL_SOCIETY.
      {
        direction: "CIVIL_SOCIETY",
        impact: "DIRECT_AND_INDIRECT",
        reviewRow: "New format (Anti-corruption Volunteers)",
      },
      // Joint projects with the emergency and internal-affairs departments against drug trafficking.
      { direction: "EMERGENCY", impact: "DIRECT", reviewRow: "Emergency volunteering" },
    ],
  },
  {
    sdgs: [17],
    contributions: [
      { direction: "EVENT", impact: "INDIRECT", reviewRow: "Event volunteering" },
      { direction: "EMERGENCY", impact: "DIRECT", reviewRow: "Emergency volunteering" },
      {
        direction: "CIVIL_SOCIETY",
        impact: "DIRECT_AND_INDIRECT",
        reviewRow: "Volunteering in the direction of civil society development",
      },
    ],
  },
];

/** The table by goal: which directions contribute to each of the 17 goals, and how. */
export const SDG_CONTRIBUTIONS: Readonly<Record<SdgNumber, readonly SdgContribution[]>> = (() => {
  const byGoal = {} as Record<SdgNumber, readonly SdgContribution[]>;
  for (const sdg of SDG_NUMBERS) {
    byGoal[sdg] = SDG_DIRECTION_TABLE.filter((block) => block.sdgs.includes(sdg)).flatMap(
      (block) => block.contributions,
    );
  }
  return byGoal;
})();

/** The review's rating of one direction on one goal, or null if the review lists none. */
export function contributionOf(direction: Direction, sdg: SdgNumber): ContributionImpact | null {
  const impacts = SDG_CONTRIBUTIONS[sdg].filter((c) => c.direction === direction).map((c) => c.impact);
  const first = impacts[0];
  if (first === undefined) return null;
  return impacts.every((i) => i === first) ? first : "DIRECT_AND_INDIRECT";
}

/** Why a goal is proposed: one row of the review's table that the project's directions match. */
export type SdgReason = { direction: Direction; impact: ContributionImpact };

export type ProposedSdgLink = {
  sdg: SdgNumber;
  impact: SdgImpact;
  /** The table's rows behind the proposal, in the order of the project's directions. */
  reasons: SdgReason[];
  /** For a goal proposed only for water-related projects (14): the word that showed it. */
  waterWord?: string;
};

/**
 * Goals the table proposes only for projects about water: its block 12-15 puts "Life below water"
 * beside every environmental or animal project, so a park clean-up was offered SDG 14.
 */
export const WATER_ONLY_SDGS: ReadonlySet<SdgNumber> = new Set<SdgNumber>([14]);

/**
 * Words that make a project water-related, in Kazakh, Russian and English: stems matched at the
 * start of a word (lower case, ё as е), and short words matched whole, so "көлік" (a vehicle) is
 * not "көл" (a lake) and "водитель" is not water. The classification has no water subtype (its
 * only subtypes are social), so the title and the description decide.
 */
export const WATER_WORDS = {
  stems: [
    // kk
    "өзен",
    "теңіз",
    "жағалау",
    "балық",
    "бұлақ",
    "суқойма",
    "каспий",
    "балқаш",
    "ертіс",
    "жайық",
    "сырдария",
    // ru
    "водн",
    "водоем",
    "водоох",
    "водопад",
    "речн",
    "озер",
    "морск",
    "берег",
    "набережн",
    "пляж",
    "рыб",
    "родник",
    "пруд",
    "болот",
    "каспи",
    "аральск",
    "балхаш",
    "иртыш",
    "сырдарь",
    "ишим",
    "плотин",
    // en
    "water",
    "river",
    "lake",
    "ocean",
    "marine",
    "beach",
    "shore",
    "coast",
    "fish",
    "wetland",
    "reservoir",
    "aquatic",
    "seaside",
    "seabed",
    "caspian",
    "balkhash",
    "irtysh",
    "pond",
  ],
  words: [
    // kk: water (су) and lake (көл) with their endings
    "су",
    "суы",
    "суын",
    "суға",
    "суда",
    "судан",
    "судың",
    "суды",
    "сумен",
    "сулар",
    "суат",
    "көл",
    "көлі",
    "көлін",
    "көлге",
    "көлде",
    "көлден",
    "көлдің",
    "көлді",
    "көлдер",
    "көлдері",
    "арал",
    "аралы",
    "аралда",
    "аралға",
    // ru
    "река",
    "реки",
    "реке",
    "реку",
    "рекой",
    "рек",
    "рекам",
    "реками",
    "реках",
    "вода",
    "воды",
    "воде",
    "воду",
    "водой",
    "водам",
    "водами",
    "море",
    "моря",
    "морю",
    "морем",
    "морей",
    // en
    "sea",
    "seas",
  ],
} as const;

/** The first water word of the text (in lower case), or null. */
export function waterWordIn(text: string): string | null {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const whole = new Set<string>(WATER_WORDS.words);
  for (const word of words) {
    for (const part of [word, ...word.split("-")]) {
      if (whole.has(part) || WATER_WORDS.stems.some((stem) => part.startsWith(stem))) return part;
    }
  }
  return null;
}

/**
 * A project's proposed links to goals, one per goal any of its directions contributes to:
 * DIRECT if some direction contributes directly (DIRECT or DIRECT_AND_INDIRECT), else INDIRECT.
 * Each says which of the table's rows proposed it. "Life below water" (14) only for a
 * water-related project: a water word in its title or description. Sorted by goal number.
 * Directions the table never lists (search-and-rescue) propose nothing.
 */
export function proposeSdgs(project: {
  directions: readonly (Direction | null | undefined)[];
  title?: string;
  description?: string;
}): ProposedSdgLink[] {
  const wanted = [...new Set(project.directions.filter((d): d is Direction => Boolean(d)))];
  const waterWord = waterWordIn(`${project.title ?? ""}\n${project.description ?? ""}`);
  const links: ProposedSdgLink[] = [];
  for (const sdg of SDG_NUMBERS) {
    if (WATER_ONLY_SDGS.has(sdg) && !waterWord) continue;
    const reasons = wanted.flatMap((direction) =>
      SDG_CONTRIBUTIONS[sdg].filter((c) => c.direction === direction).map((c) => ({ direction, impact: c.impact })),
    );
    if (reasons.length === 0) continue;
    links.push({
      sdg,
      impact: reasons.some((r) => r.impact !== "INDIRECT") ? "DIRECT" : "INDIRECT",
      reasons,
      ...(WATER_ONLY_SDGS.has(sdg) && waterWord ? { waterWord } : {}),
    });
  }
  return links;
}

/** The proposal as links to store: goal and impact (see proposeSdgs). */
export function proposeSdgLinks(
  directions: readonly Direction[],
  text: { title?: string; description?: string } = {},
): { sdg: SdgNumber; impact: SdgImpact }[] {
  return proposeSdgs({ directions, ...text }).map(({ sdg, impact }) => ({ sdg, impact }));
}
