import type { Locale, Localized } from "./locales";
import {
  BIRGEMIZ_TAG_INFO,
  BIRGEMIZ_TAGS,
  DIRECTION_LABELS,
  DIRECTIONS,
  SOCIAL_SUBTYPE_LABELS,
  SOCIAL_SUBTYPES,
} from "./classification";
import { REGIONS } from "./regions";
import { SDGS } from "./sdg";

// What the search index says about a project's classification, in all three languages: the
// labels of its directions, social subtype, Birgemiz tags, SDGs and region, so a project written
// in Russian is found by "animal" or "жануарлар". The database holds a copy of this table in the
// function "search_label" (prisma/migrations/20261129120000_search_across_languages); an
// integration test fails when the two differ, and a change here needs a migration that
// replaces that function (`npx tsx scripts/search-labels-sql.ts` prints its VALUES).

export const SEARCH_LABEL_KINDS = ["direction", "socialSubtype", "birgemizTag", "sdg", "region"] as const;
export type SearchLabelKind = (typeof SEARCH_LABEL_KINDS)[number];

export type SearchLabel = { kind: SearchLabelKind; code: string } & Localized;

/** Words every direction label carries ("volunteering"): they would make every project match. */
const GENERIC = /(^|\s)(волонтер\p{L}*|volunteer\p{L}*|зооволонтер\p{L}*|медиаволонтер\p{L}*|этноволонтер\p{L}*)/giu;

function clean(text: string): string {
  return text
    .replace(GENERIC, "$1")
    .replace(/[()«»"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Zoo-, media- and ethno-volunteering keep their stems ("зоо", "медиа", "этно"). */
function keepPrefixes(text: string): string {
  const found = [...text.matchAll(/(зоо|медиа|этно)волонтер/giu)].map((m) => m[1]!.toLowerCase());
  return [clean(text), ...found].join(" ").trim();
}

const localized = (f: (locale: Locale) => string): Localized => ({ kk: f("kk"), ru: f("ru"), en: f("en") });

/** Every label row, in a stable order. */
export function searchLabels(): SearchLabel[] {
  const rows: SearchLabel[] = [];
  for (const code of DIRECTIONS)
    rows.push({ kind: "direction", code, ...localized((l) => keepPrefixes(DIRECTION_LABELS[code][l])) });
  for (const code of SOCIAL_SUBTYPES)
    rows.push({ kind: "socialSubtype", code, ...localized((l) => clean(SOCIAL_SUBTYPE_LABELS[code][l])) });
  for (const code of BIRGEMIZ_TAGS) {
    const info = BIRGEMIZ_TAG_INFO[code];
    // The programme's name and the first sentence of its description ("Health.", "Clean world.").
    const meaning = (l: Locale) => info.description[l].split(".")[0] ?? "";
    rows.push({ kind: "birgemizTag", code, ...localized((l) => clean(`${info.name[l]} ${meaning(l)}`)) });
  }
  for (const sdg of SDGS) rows.push({ kind: "sdg", code: String(sdg.number), ...localized((l) => clean(sdg.name[l])) });
  for (const region of REGIONS)
    rows.push({
      kind: "region",
      code: region.code,
      ...localized((l) => clean(`${region.name[l]} ${region.center[l]}`)),
    });
  return rows;
}
