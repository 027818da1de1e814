import type { Direction, SocialSubtype } from "./classification";
import type { Localized } from "./locales";

// Requests for help (issue 11, docs/decisions/0026-help-requests.md): what a person may ask for,
// in everyday words, each tied to the classification so that a request an organizer accepts
// becomes a project with its direction (and social subtype) already filled in.

export const HELP_CATEGORIES = [
  "ELDERLY",
  "HEALTH_NEEDS",
  "CHILDREN_FAMILIES",
  "HUMANITARIAN_AID",
  "ANIMALS",
  "ENVIRONMENT",
  "EMERGENCY",
  "SEARCH_RESCUE",
  "OTHER",
] as const;
export type HelpCategory = (typeof HELP_CATEGORIES)[number];

export const HELP_CATEGORY_CLASSIFICATION: Record<
  HelpCategory,
  { direction: Direction; socialSubtype: SocialSubtype | null }
> = {
  ELDERLY: { direction: "SOCIAL", socialSubtype: "ELDERLY" },
  HEALTH_NEEDS: { direction: "SOCIAL", socialSubtype: "SPECIAL_NEEDS" },
  CHILDREN_FAMILIES: { direction: "SOCIAL", socialSubtype: "CHILDREN_FAMILIES" },
  HUMANITARIAN_AID: { direction: "SOCIAL", socialSubtype: "HUMANITARIAN_AID" },
  ANIMALS: { direction: "ANIMAL", socialSubtype: null },
  ENVIRONMENT: { direction: "ENVIRONMENTAL", socialSubtype: null },
  EMERGENCY: { direction: "EMERGENCY", socialSubtype: null },
  SEARCH_RESCUE: { direction: "SEARCH_RESCUE", socialSubtype: null },
  OTHER: { direction: "SOCIAL", socialSubtype: "HUMANITARIAN_AID" },
};

/** What the person asking reads: shorter than the classification's own labels. */
export const HELP_CATEGORY_LABELS: Record<HelpCategory, Localized> = {
  ELDERLY: {
    kk: "Қарт немесе жалғыз басты адамға көмек",
    ru: "Помощь пожилому или одинокому человеку",
    en: "Help for an elderly person or someone living alone",
  },
  HEALTH_NEEDS: {
    kk: "Денсаулығына байланысты ерекше қажеттіліктері бар адамға көмек",
    ru: "Помощь человеку с особыми потребностями здоровья",
    en: "Help for someone with special health needs",
  },
  CHILDREN_FAMILIES: {
    kk: "Балалар мен отбасыларға көмек",
    ru: "Помощь детям и семьям",
    en: "Help for children and families",
  },
  HUMANITARIAN_AID: {
    kk: "Азық-түлік, киім, заттар",
    ru: "Продукты, одежда, вещи",
    en: "Food, clothes, supplies",
  },
  ANIMALS: { kk: "Жануарларға көмек", ru: "Помощь животным", en: "Help for animals" },
  ENVIRONMENT: {
    kk: "Табиғат, тазалық, абаттандыру",
    ru: "Природа, уборка, благоустройство",
    en: "Nature, clean-up, public spaces",
  },
  EMERGENCY: {
    kk: "Төтенше жағдай: су тасқыны, өрт, апат салдары",
    ru: "Чрезвычайная ситуация: паводок, пожар, последствия бедствия",
    en: "Emergency: flood, fire, aftermath of a disaster",
  },
  SEARCH_RESCUE: {
    kk: "Адамды іздеу",
    ru: "Поиск человека",
    en: "Searching for a missing person",
  },
  OTHER: { kk: "Басқа", ru: "Другое", en: "Something else" },
};

/**
 * A Kazakh mobile number in the one form we store: "+77XXXXXXXXX". People write it with spaces,
 * dashes, brackets, a leading 8 or without the plus; anything that is not a +7 7XX mobile
 * number (a landline, another country, too few digits) is null.
 */
export function normalizeKazakhMobile(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s()-]{10,24}$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("8")) digits = `7${digits.slice(1)}`;
  if (digits.length === 10) digits = `7${digits}`;
  // Mobile operators' codes (700–709, 747, 750–751, 760–764, 771, 775–778); a city's code
  // (727 Almaty, 7172 Astana, 712 Atyrau…) is a landline.
  if (!/^7(70\d|747|75[01]|76[0-4]|771|77[5-8])\d{7}$/.test(digits)) return null;
  return `+${digits}`;
}

/** "+77011234567" → "+7 701 123 45 67". */
export function formatKazakhMobile(phone: string): string {
  const d = phone.replace(/\D/g, "");
  if (d.length !== 11) return phone;
  return `+${d[0]} ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7, 9)} ${d.slice(9, 11)}`;
}

/** Requests left without any action this long are overdue in the queue and the daily digest. */
export const HELP_REQUEST_OVERDUE_HOURS = 48;
/** The requester's contact and address are erased this long after the request closes. */
export const HELP_REQUEST_PERSONAL_DATA_DAYS = 90;

/**
 * Waiting for someone — the region's staff (NEW) or the organizer it was offered to (IN_PROGRESS,
 * not yet accepted) — with no step taken for HELP_REQUEST_OVERDUE_HOURS.
 */
export function isOverdue(request: { status: string; acceptedAt: Date | null; updatedAt: Date }, now: Date): boolean {
  const waiting = request.status === "NEW" || (request.status === "IN_PROGRESS" && !request.acceptedAt);
  return waiting && now.getTime() - request.updatedAt.getTime() > HELP_REQUEST_OVERDUE_HOURS * 3600_000;
}
