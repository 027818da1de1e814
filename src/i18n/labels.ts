// One way to turn a code into words: domain lists (classification, regions) carry their own
// kk/ru/en names in src/domain; the platform's own small enums are in the message files.
import { CLASSIFICATION_CODES, CLASSIFICATION_LABELS, type ClassificationKind } from "@/domain/classification";
import { REGION_CODES, regionByCode } from "@/domain/regions";
import { LOCALES, type Locale } from "@/domain/locales";

export type DomainKind = ClassificationKind | "region";
export type MessageKind = "gender" | "employment" | "availability" | "language" | "locale";
export type LabelKind = DomainKind | MessageKind;

const MESSAGE_CODES: Record<MessageKind, readonly string[]> = {
  gender: ["FEMALE", "MALE"],
  employment: ["SCHOOL_STUDENT", "UNIVERSITY_STUDENT", "EMPLOYED", "SELF_EMPLOYED", "UNEMPLOYED", "RETIRED", "OTHER"],
  availability: ["WEEKDAYS", "WEEKENDS", "EVENINGS", "REMOTE", "EMERGENCIES"],
  language: ["kk", "ru", "en", "uz", "tr", "zh"],
  locale: LOCALES,
};

export function isDomainKind(kind: LabelKind): kind is DomainKind {
  return kind === "region" || kind in CLASSIFICATION_CODES;
}

export function optionsOf(kind: LabelKind): readonly string[] {
  if (kind === "region") return REGION_CODES;
  if (kind === "legalForm") return CLASSIFICATION_CODES.legalForm;
  if (isDomainKind(kind)) return CLASSIFICATION_CODES[kind];
  return MESSAGE_CODES[kind];
}

export function domainLabel(kind: DomainKind, code: string, locale: Locale): string {
  if (kind === "region") return regionByCode(code)?.name[locale] ?? code;
  const labels: Record<string, { kk: string; ru: string; en: string }> = CLASSIFICATION_LABELS[kind];
  return labels[code]?.[locale] ?? code;
}

/** "Settlement, Region" — or just the region when the settlement is the region's own city. */
export function placeLabel(settlement: string | null | undefined, regionCode: string, locale: Locale): string {
  const region = domainLabel("region", regionCode, locale);
  if (!settlement || settlement.trim().toLowerCase() === region.toLowerCase()) return region;
  return `${settlement}, ${region}`;
}
