// The demo's spring flood in Atyrau region (issue 11): people of the Zhaiyk (Ural), Emba and
// Uil valleys ask for help through /help over the flood weeks; the region's staff triage the
// requests — most go to «Ынтымақ Атырау», some are solved by phone, declined with a reason or
// merged as duplicates — and two of them become the organizer's projects (sandbags on the dams,
// aid at the temporary shelters), filled with volunteers, attendance and confirmed hours by
// demo-activity.ts like every past project. A few requests of the last days are still open, one
// of them overdue. Requests closed more than 90 days ago have their personal data erased, as the
// nightly job (src/modules/help/jobs.ts) would have done.
//
// Rows are written as src/modules/help/mutations.ts writes them — status, version, step times,
// firstActionAt, closedAt, and one audit entry per step (the requester's timeline is read from
// the audit log) — with createMany, because the mutations stamp every step with the current time.
import crypto from "node:crypto";
import type { Db } from "../../src/server/prisma-client";
import type { Prisma } from "../../src/generated/prisma/client";
import type { HelpCategory, Locale } from "../../src/generated/prisma/enums";
import { HELP_REQUEST_PERSONAL_DATA_DAYS } from "../../src/domain/help-requests";
import { addDays } from "../../src/domain/time";
import type { DemoPastProject } from "./demo-past-projects";
import { DAY, HOUR, kzAt, kzDate, lastRun } from "./demo-clock";
import { newId } from "./demo-activity";

/** The flood weeks: requests from 8 April for 40 days, on the most recent spring that is over. */
export function floodSeason(now: Date): { first: string; last: string } {
  return lastRun(now, 4, 8, 40, 20);
}

/** A project of the flood, placed by days from the season's first day rather than a calendar date. */
export type FloodProject = Omit<DemoPastProject, "startMonth" | "startDay"> & {
  /** Its first day, in days from the season's first day. */
  offsetDays: number;
  /** The request it was made from (an index into FLOOD_REQUESTS). */
  fromRequest: number;
};

export const FLOOD_PROJECTS: FloodProject[] = [
  {
    key: "atyrau-flood-dams",
    organizerKey: "yntymak-atyrau",
    title: "Паводок на Жайыке: мешки с песком на дамбах Махамбетского района",
    description:
      "Весной вода в Жайыке поднялась выше отметок прошлых лет, и жители сел Махамбетского района попросили помощи через платформу. По согласованию с ДЧС области волонтеры «Ынтымақ Атырау» наполняли и укладывали мешки с песком на дамбах у Махамбета, Алмалы и Сарайшыка, помогали вынести вещи из домов в зоне подтопления. Работали сменами по 6–8 часов под руководством спасателей; к работам допускались только совершеннолетние. Сапоги, перчатки, горячее питание и транспорт из Атырау давал штаб.",
    language: "ru",
    compositions: ["GENERAL", "STUDENT"],
    primaryDirection: "EMERGENCY",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["UMIT"],
    region: "ATYRAU",
    settlement: "Махамбет",
    online: false,
    offsetDays: 3,
    fromRequest: 0,
    days: 16,
    startHour: 8,
    endHour: 20,
    sessionEveryDays: 1,
    sessionHours: [5, 8],
    fill: 0.7,
    contactName: "Ерлан Төлеубаев",
    contactPhone: "+7 701 733 20 14",
    roles: [
      {
        title: "Волонтер на дамбе",
        description: "Наполняет и укладывает мешки с песком в составе группы со старшим от ДЧС.",
        capacity: 40,
        minAge: 18,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Водитель",
        description: "Возит волонтеров из Атырау на дамбы и обратно на своей машине, развозит горячее питание.",
        capacity: 6,
        minAge: 21,
        skills: ["вождение (кат. B)"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "atyrau-flood-aid",
    organizerKey: "yntymak-atyrau",
    title: "Тасқыннан зардап шеккендерге көмек: уақытша орналастыру пункттерінде гуманитарлық көмек тарату",
    description:
      "Су басқан ауылдардан көшірілген отбасылар Атыраудағы мектептер мен спорт кешендеріндегі уақытша орналастыру пункттерінде тұрды. «Ынтымақ Атырау» волонтерлері тұрғындардың өтініштері бойынша азық-түлік, су, гигиена құралдары мен киім қабылдап, сұрыптап, таратты, балаларға арналған бұрыш ұйымдастырды және қарт адамдарға дәрі-дәрмек жеткізді. Ауысым — 4–6 сағат, күн сайын.",
    language: "kk",
    compositions: ["GENERAL", "STUDENT", "SCHOOL"],
    primaryDirection: "SOCIAL",
    socialSubtype: "HUMANITARIAN_AID",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["UMIT", "QAMQOR"],
    region: "ATYRAU",
    settlement: "Атырау",
    online: false,
    offsetDays: 9,
    fromRequest: 6,
    days: 21,
    startHour: 10,
    endHour: 19,
    sessionEveryDays: 1,
    sessionHours: [4, 6],
    fill: 0.65,
    contactName: "Сәуле Ермекова",
    contactPhone: "+7 701 733 20 15",
    roles: [
      {
        title: "Гуманитарлық көмек тарату волонтері",
        description: "Көмекті қабылдайды, сұрыптайды және отбасыларға тізім бойынша таратады.",
        capacity: 30,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Балалар бұрышының волонтері",
        description: "Пункттегі балалармен ойындар мен сабақтар өткізеді.",
        capacity: 8,
        minAge: 16,
        skills: ["работа с детьми"],
        mode: "REVIEW",
      },
    ],
  },
];

/** How a flood request went; hours are counted from the request. */
type Plan =
  /** Offered to Yntymak Atyrau, accepted, resolved by the organizer `resolveDays` later (made into a project if `project`). */
  | { kind: "ORGANIZER"; assign: number; accept: number; resolveDays: number; project?: FloodProject["key"] }
  /** Resolved by the region's staff themselves (a phone call, the akimat's or the DES's service). */
  | { kind: "STAFF"; after: number }
  | { kind: "DECLINED"; after: number; reason: string }
  | { kind: "DUPLICATE"; after: number; of: number };

type FloodRequest = {
  day: number;
  hour: number;
  category: HelpCategory;
  settlement: string;
  locale: Locale;
  name: string;
  phone: string;
  address: string;
  people: number;
  description: string;
  plan: Plan;
};

const yntymak = (assign: number, accept: number, resolveDays: number, project?: FloodProject["key"]): Plan => ({
  kind: "ORGANIZER",
  assign,
  accept,
  resolveDays,
  project,
});

export const FLOOD_REQUESTS: FloodRequest[] = [
  {
    day: 0,
    hour: 9,
    category: "EMERGENCY",
    settlement: "Махамбет",
    locale: "ru",
    name: "Серик Утегенов",
    phone: "+77015552341",
    address: "ул. Жангир хана, 14",
    people: 20,
    description:
      "Вода в Жайыке поднимается, дамба у нашей улицы низкая. Акимат завез песок, но мешки наполнять и укладывать некому — в селе в основном пожилые. Нужны крепкие люди, человек 20.",
    plan: yntymak(1.5, 2, 18, "atyrau-flood-dams"),
  },
  {
    day: 0,
    hour: 13,
    category: "EMERGENCY",
    settlement: "Алмалы",
    locale: "kk",
    name: "Гүлжан Сатыбалдиева",
    phone: "+77022347719",
    address: "Абай көшесі, 3",
    people: 8,
    description:
      "Ауылдың шетіндегі үйлерге су жақындап қалды. Қап толтыруға және үйдегі заттарды жоғары көтеруге көмек керек.",
    plan: yntymak(2, 3, 17),
  },
  {
    day: 1,
    hour: 8,
    category: "ELDERLY",
    settlement: "Махамбет",
    locale: "ru",
    name: "Наталья Ким",
    phone: "+77057781203",
    address: "ул. Советская, 41",
    people: 2,
    description:
      "Моя мама, 81 год, живет одна у самой реки. Эвакуироваться соглашается только к соседям на другой улице, нужно помочь перенести вещи и лекарства.",
    plan: yntymak(1, 1.5, 1),
  },
  {
    day: 1,
    hour: 10,
    category: "EMERGENCY",
    settlement: "Махамбет",
    locale: "kk",
    name: "Ержан Құдайбергенов",
    phone: "+77076612045",
    address: "Жангир хан көшесі, 18",
    people: 10,
    description:
      "Жангир хан көшесіндегі бөгетке қап керек, көршілермен бірге жұмыс істеп жатырмыз, бірақ адам жетпейді.",
    plan: { kind: "DUPLICATE", after: 0.5, of: 0 },
  },
  {
    day: 1,
    hour: 15,
    category: "ANIMALS",
    settlement: "Бейбарыс",
    locale: "kk",
    name: "Асқар Жұмағалиев",
    phone: "+77012290387",
    address: "Бейбарыс ауылы, шаруа қожалығы",
    people: 5,
    description: "Қорадағы 40 бас ірі қараны биік жерге айдап шығаруға көмек керек.",
    plan: {
      kind: "DECLINED",
      after: 3,
      reason:
        "Малды көшіруді аудан әкімдігінің штабы ұйымдастырады, оларда көлік бар: 8 7122 25 11 40. Сіздің өтінішіңізді штабқа жібердік.",
    },
  },
  {
    day: 2,
    hour: 11,
    category: "HUMANITARIAN_AID",
    settlement: "Атырау",
    locale: "ru",
    name: "Айгуль Нурмуханова",
    phone: "+77787720314",
    address: "ПВР в школе № 30, мкр. Балықшы",
    people: 3,
    description:
      "Мы из Сарайшыка, нас эвакуировали в школу № 30. Четверо детей, нужны подгузники, детское питание и теплые вещи — уезжали в чем были.",
    plan: yntymak(2, 1, 2),
  },
  {
    day: 4,
    hour: 9,
    category: "HUMANITARIAN_AID",
    settlement: "Атырау",
    locale: "kk",
    name: "Бибігүл Есенова",
    phone: "+77015048862",
    address: "Уақытша орналастыру пункті, «Жастар» спорт кешені",
    people: 15,
    description:
      "Спорт кешеніндегі пунктте 200-ден астам адам бар. Жұрт әкелген киім мен азық-түлік үйіліп жатыр, оны сұрыптап, таратып беретін адам керек.",
    plan: yntymak(1, 2, 26, "atyrau-flood-aid"),
  },
  {
    day: 4,
    hour: 16,
    category: "HEALTH_NEEDS",
    settlement: "Сарайшық",
    locale: "ru",
    name: "Виктор Пак",
    phone: "+77052214476",
    address: "ул. Курмангазы, 7",
    people: 2,
    description:
      "Отец после инсульта, лежачий. Дорогу к дому размыло, скорая не проезжает. Нужна помощь перенести его до машины на трассе.",
    plan: { kind: "STAFF", after: 0.5 },
  },
  {
    day: 5,
    hour: 10,
    category: "EMERGENCY",
    settlement: "Индербор",
    locale: "kk",
    name: "Мақсат Тілеуов",
    phone: "+77771238850",
    address: "Мұратбаев көшесі, 22",
    people: 12,
    description: "Ойыл жақтан су келе жатыр, кенттің төменгі көшелерін қорғау үшін қап толтыратын адамдар керек.",
    plan: yntymak(3, 2, 9),
  },
  {
    day: 5,
    hour: 18,
    category: "CHILDREN_FAMILIES",
    settlement: "Атырау",
    locale: "ru",
    name: "Динара Мухтарова",
    phone: "+77026650912",
    address: "ПВР в колледже нефти и газа",
    people: 2,
    description:
      "В ПВР много детей, они целыми днями без дела. Может, волонтеры смогут проводить с ними занятия хотя бы пару часов в день?",
    plan: yntymak(4, 2, 20),
  },
  {
    day: 6,
    hour: 7,
    category: "EMERGENCY",
    settlement: "Құлсары",
    locale: "kk",
    name: "Нұрлан Батырханов",
    phone: "+77013349901",
    address: "Жылыой ауданы, Құлсары, 5-шағынаудан",
    people: 30,
    description: "Жем өзенінің суы көтерілді, Құлсарының шетін қорғау үшін бөгетке көп адам керек.",
    plan: { kind: "STAFF", after: 1 },
  },
  {
    day: 6,
    hour: 9,
    category: "EMERGENCY",
    settlement: "Құлсары",
    locale: "ru",
    name: "Ольга Шевченко",
    phone: "+77054418830",
    address: "г. Кульсары, ул. Нефтяников, 9",
    people: 20,
    description: "Нужны добровольцы на дамбу у Кульсары, вода поднимается, в городе объявили сбор.",
    plan: { kind: "DUPLICATE", after: 1.5, of: 10 },
  },
  {
    day: 7,
    hour: 12,
    category: "HUMANITARIAN_AID",
    settlement: "Миялы",
    locale: "kk",
    name: "Жаннат Әбуова",
    phone: "+77472093315",
    address: "Қызылқоға ауданы, Миялы ауылы, Бейбітшілік көшесі, 11",
    people: 4,
    description:
      "Ауылға баратын жол жабылды, дүкенде нан мен ауыз су таусылды. Көп балалы отбасыларға азық-түлік жеткізу керек.",
    plan: yntymak(2.5, 3, 2),
  },
  {
    day: 8,
    hour: 10,
    category: "OTHER",
    settlement: "Атырау",
    locale: "ru",
    name: "Руслан Ахметов",
    phone: "+77017730055",
    address: "мкр. Жилгородок, 12-45",
    people: 1,
    description: "Дачу в Ракуше затопило. Кто возместит ущерб и куда подавать документы?",
    plan: {
      kind: "DECLINED",
      after: 5,
      reason:
        "Волонтеры не решают вопросы компенсации. Заявления о возмещении ущерба принимает комиссия акимата Атырау (ЦОН, окно 12) — возьмите акт обследования и документы на дом.",
    },
  },
  {
    day: 9,
    hour: 9,
    category: "ELDERLY",
    settlement: "Махамбет",
    locale: "kk",
    name: "Күләш Төлегенова",
    phone: "+77025517740",
    address: "Бейбітшілік көшесі, 6",
    people: 3,
    description:
      "Көрші ата-әже үйлерінен шыққысы келмейді, су кірген жертөледен заттарын шығарып, пешке отын кіргізіп беру керек.",
    plan: yntymak(1.5, 1, 3),
  },
  {
    day: 10,
    hour: 14,
    category: "EMERGENCY",
    settlement: "Алмалы",
    locale: "ru",
    name: "Павел Литвиненко",
    phone: "+77058843127",
    address: "ул. Набережная, 27",
    people: 6,
    description: "Вода отступила, во дворе и в подвале ил. Нужно вычистить подвал и вынести испорченную мебель.",
    plan: yntymak(3, 4, 4),
  },
  {
    day: 11,
    hour: 11,
    category: "HUMANITARIAN_AID",
    settlement: "Атырау",
    locale: "ru",
    name: "Лязат Кенжебаева",
    phone: "+77076650381",
    address: "ПВР «Жастар»",
    people: 2,
    description: "Нужны постельное белье и раскладушки на 15 человек, только что привезли новую группу из Махамбета.",
    plan: { kind: "STAFF", after: 2 },
  },
  {
    day: 12,
    hour: 8,
    category: "EMERGENCY",
    settlement: "Сарайшық",
    locale: "kk",
    name: "Дәулет Иманғалиев",
    phone: "+77011193366",
    address: "Сарайшық ауылы, Өзен көшесі, 2",
    people: 10,
    description: "Бөгеттің бір жері шайылып кетті, қайта бекітуге қап пен адам керек, құтқарушылар бар.",
    plan: yntymak(0.5, 0.5, 2),
  },
  {
    day: 13,
    hour: 19,
    category: "HEALTH_NEEDS",
    settlement: "Атырау",
    locale: "ru",
    name: "Елена Воронова",
    phone: "+77772201948",
    address: "ПВР в школе № 30",
    people: 1,
    description:
      "Соседке по ПВР нужен инсулин, ее запас остался дома в Махамбете. Может кто-то из волонтеров съездить в аптеку?",
    plan: { kind: "STAFF", after: 0.5 },
  },
  {
    day: 15,
    hour: 10,
    category: "EMERGENCY",
    settlement: "Тайсойған",
    locale: "kk",
    name: "Ғалым Жұбанов",
    phone: "+77023391174",
    address: "Қызылқоға ауданы, Тайсойған ауылы",
    people: 4,
    description:
      "Ойыл өзенінің суы тартыла бастады, бірақ мектептің спорт залын су басты, кептіруге және құмды шығаруға көмек керек.",
    plan: yntymak(6, 5, 3),
  },
  {
    day: 16,
    hour: 12,
    category: "EMERGENCY",
    settlement: "Атырау",
    locale: "ru",
    name: "Ирина Федоренко",
    phone: "+77055508871",
    address: "пос. Привокзальный, ул. Садовая, 19",
    people: 5,
    description: "У нас вода в огороде, просим привезти мешки с песком. Дом пока сухой.",
    plan: {
      kind: "DECLINED",
      after: 8,
      reason:
        "Ваш участок не в зоне подтопления по прогнозу ДЧС. Песок и мешки для частных дворов выдает акимат поселка, телефон штаба: 8 7122 32 45 10.",
    },
  },
  {
    day: 17,
    hour: 9,
    category: "HUMANITARIAN_AID",
    settlement: "Махамбет",
    locale: "kk",
    name: "Айжан Сәрсенғалиева",
    phone: "+77079932256",
    address: "Құрманғазы көшесі, 30",
    people: 3,
    description: "Үйге қайттық, бірақ тоңазытқыш пен жиһаз істен шықты. Балаларға азық-түлік пен ыдыс-аяқ керек.",
    plan: yntymak(3, 2, 3),
  },
  {
    day: 19,
    hour: 15,
    category: "ELDERLY",
    settlement: "Атырау",
    locale: "ru",
    name: "Татьяна Гончаренко",
    phone: "+77017719904",
    address: "ул. Авангард, 5-12",
    people: 2,
    description: "Пожилому соседу после эвакуации нужно помочь вернуться домой и донести вещи на четвертый этаж.",
    plan: { kind: "STAFF", after: 4 },
  },
  {
    day: 21,
    hour: 11,
    category: "CHILDREN_FAMILIES",
    settlement: "Индербор",
    locale: "kk",
    name: "Меруерт Қалиева",
    phone: "+77026128853",
    address: "Индербор кенті, Достық көшесі, 4",
    people: 2,
    description: "Су басқан үйден балалардың мектеп формасы мен кітаптары бүлінді. Сабаққа дайындалуға көмек керек.",
    plan: yntymak(5, 3, 4),
  },
  {
    day: 24,
    hour: 10,
    category: "ENVIRONMENT",
    settlement: "Махамбет",
    locale: "ru",
    name: "Марат Есенжанов",
    phone: "+77057730418",
    address: "берег Жайыка у моста",
    people: 15,
    description: "После паводка берег у моста завален мусором и мешками, которые порвались. Нужна уборка.",
    plan: {
      kind: "DECLINED",
      after: 7,
      reason: "Уборку берега 30-го числа проводит акимат района с ДЧС — мы передали им ваше сообщение.",
    },
  },
  {
    day: 27,
    hour: 13,
    category: "HUMANITARIAN_AID",
    settlement: "Алмалы",
    locale: "kk",
    name: "Роза Мұқашева",
    phone: "+77781162047",
    address: "Абай көшесі, 9",
    people: 2,
    description: "Үйді кептіруге жылу желдеткіш (тепловая пушка) керек, бір аптаға уақытша беріп тұрса.",
    plan: { kind: "STAFF", after: 5 },
  },
];

/** The requests of the last days: still open, one of them overdue (no step for more than 48 hours). */
type OpenRequest = Omit<FloodRequest, "day" | "hour" | "plan"> & {
  hoursAgo: number;
  state: "NEW" | "OFFERED" | "ACCEPTED";
};

export const OPEN_REQUESTS: OpenRequest[] = [
  {
    hoursAgo: 74,
    state: "NEW",
    category: "HUMANITARIAN_AID",
    settlement: "Махамбет",
    locale: "kk",
    name: "Әсем Жақсыбекова",
    phone: "+77014478823",
    address: "Жангир хан көшесі, 21",
    people: 2,
    description:
      "Тасқыннан кейін үйіміз әлі жөнделмеді, туыстарда тұрып жатырмыз. Үш балаға жылы киім мен аяқ киім керек.",
  },
  {
    hoursAgo: 5,
    state: "NEW",
    category: "ELDERLY",
    settlement: "Атырау",
    locale: "ru",
    name: "Гульмира Досмухамбетова",
    phone: "+77051193340",
    address: "мкр. Нурсая, 41-7",
    people: 1,
    description:
      "Моей бабушке 86 лет, живет одна. Нужно раз в неделю приносить продукты и лекарства, я работаю вахтой.",
  },
  {
    hoursAgo: 20,
    state: "OFFERED",
    category: "CHILDREN_FAMILIES",
    settlement: "Атырау",
    locale: "ru",
    name: "Асель Кадырова",
    phone: "+77076620117",
    address: "ул. Сатпаева, 15-3",
    people: 2,
    description:
      "Ищу волонтеров-репетиторов для двоих детей из семьи, которая переехала к нам после паводка: математика, 5 и 7 класс.",
  },
  {
    hoursAgo: 50,
    state: "ACCEPTED",
    category: "ELDERLY",
    settlement: "Индербор",
    locale: "kk",
    name: "Серікбай Әлімов",
    phone: "+77029915564",
    address: "Индербор кенті, Бейбітшілік көшесі, 17",
    people: 3,
    description: "Жалғыз тұратын ардагерге қысқа көмір түсіріп, қораға кіргізіп беру керек.",
  },
];

export type FloodActors = {
  staffId: string;
  organizerId: string;
  organizerName: string;
  ownerId: string;
  /** The flood projects' ids and moments, by key (created by demo.ts before the activity). */
  projects: Map<string, { id: string; createdAt: Date }>;
};

/** When a flood project was drafted: an hour after the organizer accepted the request it comes from. */
export function floodProjectCreatedAt(season: { first: string }, p: FloodProject): Date {
  const source = FLOOD_REQUESTS[p.fromRequest]!;
  if (source.plan.kind !== "ORGANIZER" || source.plan.project !== p.key)
    throw new Error(`flood project ${p.key} is not made from request ${p.fromRequest}`);
  const createdAt = kzAt(addDays(season.first, source.day), source.hour);
  return new Date(createdAt.getTime() + (source.plan.assign + source.plan.accept + 1) * HOUR);
}

/** The flood's requests, their steps in the audit log and the staff's notifications; returns the ids by state. */
export async function seedFloodRequests(db: Db, now: Date, actors: FloodActors) {
  const season = floodSeason(now);
  const erasedBefore = now.getTime() - HELP_REQUEST_PERSONAL_DATA_DAYS * DAY;
  const rows: (Prisma.HelpRequestCreateManyInput & { id: string })[] = [];
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const organizer = { organizerId: actors.organizerId, organizerName: actors.organizerName };
  const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
  const step = (id: string, actorId: string | null, action: string, when: Date, data?: Prisma.InputJsonValue) =>
    audits.push({
      actorId,
      action,
      entityType: "HelpRequest",
      entityId: id,
      regionCode: "ATYRAU",
      data,
      createdAt: when,
    });
  const tell = (
    userId: string,
    type: "HELP_REQUEST_RECEIVED" | "HELP_REQUEST_ASSIGNED",
    data: object,
    when: Date,
    read: boolean,
  ) =>
    notifications.push({
      id: newId(),
      userId,
      type,
      data: data as Prisma.InputJsonValue,
      createdAt: when,
      readAt: read ? at(when, 0.25) : null,
      emailStatus: "SENT",
      emailAttempts: 1,
      emailedAt: at(when, 0.01),
    });
  const base = (r: Omit<FloodRequest, "day" | "hour" | "plan">, id: string, createdAt: Date) => ({
    id,
    trackingToken: crypto.randomBytes(24).toString("base64url"),
    locale: r.locale,
    category: r.category,
    regionCode: "ATYRAU" as const,
    settlement: r.settlement,
    description: r.description,
    peopleNeeded: r.people,
    requesterName: r.name,
    contactPhone: r.phone,
    address: r.address,
    consentToShare: true,
    createdAt,
  });

  const ids = FLOOD_REQUESTS.map(() => newId());
  FLOOD_REQUESTS.forEach((r, i) => {
    const id = ids[i]!;
    const createdAt = kzAt(addDays(season.first, r.day), r.hour, (i * 17) % 60);
    step(id, null, "help.submitted", createdAt, { surge: false });
    tell(
      actors.staffId,
      "HELP_REQUEST_RECEIVED",
      { requestId: id, regionCode: "ATYRAU", category: r.category, settlement: r.settlement },
      createdAt,
      true,
    );
    const plan = r.plan;
    let row: Prisma.HelpRequestCreateManyInput & { id: string };
    if (plan.kind === "ORGANIZER") {
      const assignedAt = at(createdAt, plan.assign);
      const acceptedAt = at(assignedAt, plan.accept);
      const closedAt = at(acceptedAt, plan.resolveDays * 24);
      step(id, actors.staffId, "help.assigned", assignedAt, organizer);
      tell(
        actors.ownerId,
        "HELP_REQUEST_ASSIGNED",
        { requestId: id, organizerId: actors.organizerId },
        assignedAt,
        true,
      );
      step(id, actors.ownerId, "help.accepted", acceptedAt, { ...organizer, reason: null });
      const project = plan.project ? actors.projects.get(plan.project) : undefined;
      if (plan.project && !project) throw new Error(`flood request ${i} names unknown project ${plan.project}`);
      if (project) {
        if (project.createdAt <= acceptedAt)
          throw new Error(`flood project ${plan.project} drafted before its request was taken`);
        step(id, actors.ownerId, "help.converted", project.createdAt, { projectId: project.id });
      }
      step(id, actors.ownerId, "help.resolved", closedAt);
      row = {
        ...base(r, id, createdAt),
        status: "RESOLVED",
        version: project ? 4 : 3,
        assignedOrganizerId: actors.organizerId,
        assignedAt,
        acceptedAt,
        projectId: project?.id ?? null,
        firstActionAt: assignedAt,
        closedAt,
        updatedAt: closedAt,
      };
    } else {
      const closedAt = at(createdAt, plan.after);
      const duplicateOf = plan.kind === "DUPLICATE" ? ids[plan.of]! : null;
      if (plan.kind === "STAFF") step(id, actors.staffId, "help.resolved", closedAt);
      if (plan.kind === "DECLINED") step(id, actors.staffId, "help.declined", closedAt, { reason: plan.reason });
      if (plan.kind === "DUPLICATE") step(id, actors.staffId, "help.duplicate", closedAt, { duplicateOf });
      row = {
        ...base(r, id, createdAt),
        status: plan.kind === "STAFF" ? "RESOLVED" : plan.kind,
        version: 1,
        outcomeReason: plan.kind === "DECLINED" ? plan.reason : null,
        duplicateOfId: duplicateOf,
        firstActionAt: closedAt,
        closedAt,
        updatedAt: closedAt,
      };
    }
    // Closed more than 90 days ago: the nightly job has erased the name, contact and address.
    const closedAt = row.closedAt as Date;
    if (closedAt.getTime() < erasedBefore) {
      const erasedAt = kzAt(addDays(kzDate(closedAt), HELP_REQUEST_PERSONAL_DATA_DAYS + 1), 3, 20);
      Object.assign(row, {
        requesterName: null,
        contactPhone: null,
        address: null,
        personalDataErasedAt: new Date(Math.min(erasedAt.getTime(), now.getTime())),
      });
    }
    rows.push(row);
  });

  const open: Record<OpenRequest["state"], string[]> = { NEW: [], OFFERED: [], ACCEPTED: [] };
  OPEN_REQUESTS.forEach((r, i) => {
    const id = newId();
    open[r.state].push(id);
    const createdAt = new Date(now.getTime() - r.hoursAgo * HOUR - ((i * 23) % 60) * 60_000);
    step(id, null, "help.submitted", createdAt, { surge: false });
    tell(
      actors.staffId,
      "HELP_REQUEST_RECEIVED",
      { requestId: id, regionCode: "ATYRAU", category: r.category, settlement: r.settlement },
      createdAt,
      r.state !== "NEW",
    );
    if (r.state === "NEW") {
      rows.push({ ...base(r, id, createdAt), status: "NEW", version: 0, updatedAt: createdAt });
      return;
    }
    const assignedAt = at(createdAt, 3);
    step(id, actors.staffId, "help.assigned", assignedAt, organizer);
    tell(
      actors.ownerId,
      "HELP_REQUEST_ASSIGNED",
      { requestId: id, organizerId: actors.organizerId },
      assignedAt,
      r.state === "ACCEPTED",
    );
    const acceptedAt = r.state === "ACCEPTED" ? at(assignedAt, 6) : null;
    if (acceptedAt) step(id, actors.ownerId, "help.accepted", acceptedAt, { ...organizer, reason: null });
    rows.push({
      ...base(r, id, createdAt),
      status: "IN_PROGRESS",
      version: acceptedAt ? 2 : 1,
      assignedOrganizerId: actors.organizerId,
      assignedAt,
      acceptedAt,
      firstActionAt: assignedAt,
      updatedAt: acceptedAt ?? assignedAt,
    });
  });

  await db.helpRequest.createMany({ data: rows });
  await db.auditLog.createMany({ data: audits });
  await db.notification.createMany({ data: notifications });
  return { requests: rows.length, open };
}
