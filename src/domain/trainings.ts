import type { Localized } from "./locales";

// Trainings and certificates a project role may require. The codes are stable; the Training
// table is filled from this list by the seed.
export const TRAININGS = [
  { code: "FIRST_AID", name: { kk: "Алғашқы медициналық көмек", ru: "Первая медицинская помощь", en: "First aid" } },
  {
    code: "SCHOOL_OF_VOLUNTEERS",
    name: { kk: "«Волонтерлер мектебі» курсы", ru: "Курс «Школа волонтеров»", en: '"School of Volunteers" course' },
  },
  {
    code: "EVENT_VOLUNTEERING",
    name: { kk: "Іс-шаралар волонтерлігі", ru: "Событийное волонтерство", en: "Event volunteering" },
  },
  {
    code: "INCLUSION_BASICS",
    name: {
      kk: "Ерекше қажеттіліктері бар адамдармен жұмыс негіздері",
      ru: "Основы работы с людьми с особыми потребностями",
      en: "Working with people with special needs",
    },
  },
  {
    code: "CHILD_SAFEGUARDING",
    name: { kk: "Балаларды қорғау және қауіпсіздік", ru: "Защита и безопасность детей", en: "Child safeguarding" },
  },
  {
    code: "SEARCH_RESCUE_BASIC",
    name: {
      kk: "Іздестіру-құтқару жұмыстарының негіздері",
      ru: "Основы поисково-спасательных работ",
      en: "Search and rescue basics",
    },
  },
] as const satisfies readonly { code: string; name: Localized }[];

export type TrainingCode = (typeof TRAININGS)[number]["code"];
