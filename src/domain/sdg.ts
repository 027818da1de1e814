import type { Localized } from "./locales";

// The 17 Sustainable Development Goals with the UN's short names and official colours
// (UN SDG communications guidelines).
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

export type Sdg = { number: SdgNumber; name: Localized; color: `#${string}` };

export const SDGS: readonly Sdg[] = [
  {
    number: 1,
    color: "#E5243B",
    name: { kk: "Кедейлікті жою", ru: "Ликвидация нищеты", en: "No poverty" },
  },
  {
    number: 2,
    color: "#DDA63A",
    name: { kk: "Аштықты жою", ru: "Ликвидация голода", en: "Zero hunger" },
  },
  {
    number: 3,
    color: "#4C9F38",
    name: { kk: "Денсаулық және әл-ауқат", ru: "Хорошее здоровье и благополучие", en: "Good health and well-being" },
  },
  {
    number: 4,
    color: "#C5192D",
    name: { kk: "Сапалы білім", ru: "Качественное образование", en: "Quality education" },
  },
  {
    number: 5,
    color: "#FF3A21",
    name: { kk: "Гендерлік теңдік", ru: "Гендерное равенство", en: "Gender equality" },
  },
  {
    number: 6,
    color: "#26BDE2",
    name: { kk: "Таза су және санитария", ru: "Чистая вода и санитария", en: "Clean water and sanitation" },
  },
  {
    number: 7,
    color: "#FCC30B",
    name: {
      kk: "Қолжетімді және таза энергия",
      ru: "Недорогостоящая и чистая энергия",
      en: "Affordable and clean energy",
    },
  },
  {
    number: 8,
    color: "#A21942",
    name: {
      kk: "Лайықты жұмыс және экономикалық өсу",
      ru: "Достойная работа и экономический рост",
      en: "Decent work and economic growth",
    },
  },
  {
    number: 9,
    color: "#FD6925",
    name: {
      kk: "Индустрияландыру, инновациялар және инфрақұрылым",
      ru: "Индустриализация, инновации и инфраструктура",
      en: "Industry, innovation and infrastructure",
    },
  },
  {
    number: 10,
    color: "#DD1367",
    name: { kk: "Теңсіздікті азайту", ru: "Уменьшение неравенства", en: "Reduced inequalities" },
  },
  {
    number: 11,
    color: "#FD9D24",
    name: {
      kk: "Тұрақты қалалар мен елді мекендер",
      ru: "Устойчивые города и населенные пункты",
      en: "Sustainable cities and communities",
    },
  },
  {
    number: 12,
    color: "#BF8B2E",
    name: {
      kk: "Жауапты тұтыну және өндіріс",
      ru: "Ответственное потребление и производство",
      en: "Responsible consumption and production",
    },
  },
  {
    number: 13,
    color: "#3F7E44",
    name: { kk: "Климаттың өзгеруімен күрес", ru: "Борьба с изменением климата", en: "Climate action" },
  },
  {
    number: 14,
    color: "#0A97D9",
    name: { kk: "Теңіз экожүйелерін сақтау", ru: "Сохранение морских экосистем", en: "Life below water" },
  },
  {
    number: 15,
    color: "#56C02B",
    name: { kk: "Құрлық экожүйелерін сақтау", ru: "Сохранение экосистем суши", en: "Life on land" },
  },
  {
    number: 16,
    color: "#00689D",
    name: {
      kk: "Бейбітшілік, сот төрелігі және тиімді институттар",
      ru: "Мир, правосудие и эффективные институты",
      en: "Peace, justice and strong institutions",
    },
  },
  {
    number: 17,
    color: "#19486A",
    name: {
      kk: "Тұрақты даму мүддесіндегі әріптестік",
      ru: "Партнерство в интересах устойчивого развития",
      en: "Partnerships for the goals",
    },
  },
];

export function isSdgNumber(value: unknown): value is SdgNumber {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 17;
}

export function sdgByNumber(number: SdgNumber): Sdg;
export function sdgByNumber(number: number): Sdg | undefined;
export function sdgByNumber(number: number): Sdg | undefined {
  return isSdgNumber(number) ? SDGS[number - 1] : undefined;
}
