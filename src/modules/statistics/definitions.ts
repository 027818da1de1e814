// The statistics' definitions (issue 13): one list, rendered on /[locale]/statistics/methods with
// an anchor each, linked from every figure on the statistics pages, written into the downloads'
// methods sheet and carried, in kk, ru and en, by the open data. The texts are the messages
// statistics.methods.<id>.
import { createTranslator } from "use-intl/core";
import { LOCALES, type Locale } from "@/domain/locales";
import { loadMessages } from "@/i18n/messages";
import { MIN_GROUP_SIZE } from "./suppression";
import type { Figure } from "./report";
import type { OpenDataDefinition } from "./open-data";

export const DEFINITIONS = [
  "active",
  "new",
  "organizers",
  "projects",
  "applications",
  "hours",
  "age",
  "value",
  "wages",
  "sdg",
  "suppression",
  "deleted",
] as const;
export type DefinitionId = (typeof DEFINITIONS)[number];

/** The definition each figure links to. */
export const FIGURE_DEFINITION: Record<Figure, DefinitionId> = {
  activeVolunteers: "active",
  newVolunteers: "new",
  applications: "applications",
  confirmedHours: "hours",
  economicValueKzt: "value",
  projects: "projects",
  events: "projects",
  organizersNew: "organizers",
  organizersTotal: "organizers",
};

/** The definition's address (locale-prefixed path with its anchor). */
export function definitionPath(locale: Locale, id: DefinitionId): string {
  return `/${locale}/statistics/methods#${id}`;
}

/** Values for the definitions' placeholders. */
export const DEFINITION_VALUES = { min: MIN_GROUP_SIZE } as const;

/** Every definition in the three languages, for the open data. */
export async function openDataDefinitions(): Promise<OpenDataDefinition[]> {
  const translators = await Promise.all(
    LOCALES.map(async (locale) => {
      const messages = await loadMessages(locale);
      const t = createTranslator({ locale, messages, namespace: "statistics" }) as unknown as (
        key: string,
        values?: Record<string, string | number>,
      ) => string;
      return [locale, t] as const;
    }),
  );
  const text = (key: string) =>
    Object.fromEntries(translators.map(([l, t]) => [l, t(key, DEFINITION_VALUES)])) as Record<Locale, string>;
  return DEFINITIONS.map((id) => ({
    id,
    url: definitionPath("en", id),
    term: text(`methods.${id}.term`),
    text: text(`methods.${id}.text`),
  }));
}
