export const E2E_ADMIN = { email: "admin@e2e.asar", password: "admin-e2e-password" };

/** Pending organizers for the regional staff journey. */
export const E2E_ORGANIZERS = [
  { name: "Қамқор тобы Астана", slug: "e2e-astana-group", regionCode: "ASTANA" },
  { name: "Жасыл Ақтөбе", slug: "e2e-aktobe-group", regionCode: "AKTOBE" },
] as const;

/** A verified organizer and the Astana front office, for the posting and moderation journey. */
export const E2E_ORGANIZER_OWNER = {
  email: "owner@e2e.asar",
  password: "owner-e2e-password",
  slug: "e2e-verified-org",
  name: "Astana Jastary (e2e)",
};
export const E2E_STAFF_ASTANA = { email: "staff.astana@e2e.asar", password: "staff-e2e-password" };

/** Hours journey: a verified organizer whose project has started, with one accepted volunteer. */
export const E2E_HOURS = {
  owner: { email: "hours.owner@e2e.asar", password: "hours-owner-e2e-password" },
  volunteer: { email: "hours.volunteer@e2e.asar", password: "hours-volunteer-e2e-password", name: "Әсел Нұрланқызы" },
  organizer: { slug: "e2e-hours-org", name: "Taza Esil (e2e)" },
  projectTitle: "Тазалық күні: Есіл жағалауы (e2e)",
  roleTitle: "Волонтер на уборке",
} as const;

/** Record journey: a volunteer whose hours on a finished project are confirmed (and some still pending). */
export const E2E_RECORDS = {
  volunteer: {
    email: "records.volunteer@e2e.asar",
    password: "records-volunteer-e2e-password",
    name: "Әйгерім Қуанышқызы",
  },
  owner: { email: "records.owner@e2e.asar", password: "records-owner-e2e-password" },
  organizer: { slug: "e2e-records-org", name: "Ұлытау жастары (e2e)" },
  projectTitle: "Ұлытаудағы ағаш егу: өңір һауасы үшін (e2e)",
  roleTitle: "Ағаш отырғызушы",
  /** 4.00 + 2.50 confirmed; 3.00 pending does not count. */
  confirmedHours: "6,5",
} as const;

/** Ownership journey: an organizer of its own with an owner and one coordinator. */
export const E2E_OWNERSHIP = {
  owner: { email: "ownership.owner@e2e.asar", password: "ownership-owner-e2e-password", name: "Бауыржан Сейітов" },
  coordinator: {
    email: "ownership.coordinator@e2e.asar",
    password: "ownership-coordinator-e2e-password",
    name: "Жанар Омарова",
  },
  organizer: { slug: "e2e-ownership-org", name: "Мейірім Павлодар (e2e)" },
} as const;

/** Public page cache (tests/e2e/page-cache.spec.ts): a published project with a first-come role. */
export const E2E_CACHE = {
  owner: { email: "cache.owner@e2e.asar", password: "cache-owner-e2e-password" },
  organizer: { slug: "e2e-cache-org", name: "Ертіс жастары (e2e)" },
  projectTitle: "Павлодардағы ауладағы сенбілік (e2e)",
  roleTitle: "Уборка двора",
  capacity: 5,
} as const;

/** Requests for help (issue 11): the Atyrau front office and a verified Atyrau organizer, used by no other spec. */
export const E2E_HELP = {
  staff: { email: "help.staff@e2e.asar", password: "help-staff-e2e-password", name: "Гүлмира Жақсылықова" },
  owner: { email: "help.owner@e2e.asar", password: "help-owner-e2e-password", name: "Нұрбол Исаев" },
  organizer: { slug: "e2e-atyrau-help", name: "Ынтымақ Атырау (e2e)" },
} as const;

/** Forms journeys (tests/e2e/forms.spec.ts): a published project anyone may apply to, and a volunteer. */
export const E2E_FORMS = {
  owner: { email: "forms.owner@e2e.asar", password: "forms-owner-e2e-password" },
  organizer: { slug: "e2e-forms-org", name: "Жібек жолы жастары (e2e)" },
  projectTitle: "Кітапхана күні: балаларға кітап оқу (e2e)",
  roleTitle: "Оқу көмекшісі",
  volunteer: { email: "forms.volunteer@e2e.asar", password: "forms-volunteer-e2e-password", name: "Мадина Әбенова" },
} as const;

/**
 * Answering and running emergency call-outs (tests/e2e/call-outs-answer.spec.ts): Aktobe's front
 * office, a verified Aktobe organizer coordinating, and per language a volunteer called by that
 * language's call-out (fixed ids, as the email's link names them). Used by no other spec.
 */
export const E2E_CALLOUT_ANSWER = {
  staff: { email: "callout.staff@e2e.asar", password: "callout-staff-e2e-password", name: "Әсел Бекова" },
  owner: { email: "callout.owner@e2e.asar", password: "callout-owner-e2e-password", name: "Ержан Мұратов" },
  organizer: { slug: "e2e-aktobe-callout", name: "Ақтөбе құтқарушылары (e2e)" },
  volunteers: {
    kk: { email: "callout.kk@e2e.asar", password: "callout-kk-e2e-password", name: "Айдана Серікова" },
    ru: { email: "callout.ru@e2e.asar", password: "callout-ru-e2e-password", name: "Руслан Ким" },
    en: { email: "callout.en@e2e.asar", password: "callout-en-e2e-password", name: "Dana Omarova" },
  },
  callOutId: (locale: string) => `e2e-callout-answer-${locale}`,
  title: (locale: string) => `Паводок в Актобе: мешки с песком (e2e ${locale})`,
} as const;

/**
 * Creating call-outs (tests/e2e/call-outs-create.spec.ts), one region per language so a retry
 * never meets the weekly cap: its front office, a verified organizer, and a volunteer opted in
 * to the region's call-outs. Used by no other spec.
 */
export const E2E_CALLOUT_CREATE = {
  kk: {
    region: "MANGYSTAU",
    staff: { email: "callout.staff.kk@e2e.asar", password: "callout-staff-kk-e2e-password" },
    owner: { email: "callout.owner.kk@e2e.asar", password: "callout-owner-kk-e2e-password" },
    organizer: { slug: "e2e-callout-mangystau", name: "Маңғыстау құтқарушылары (e2e)" },
    volunteer: { email: "callout.volunteer.kk@e2e.asar", password: "callout-volunteer-kk-e2e-password" },
  },
  ru: {
    region: "KYZYLORDA",
    staff: { email: "callout.staff.ru@e2e.asar", password: "callout-staff-ru-e2e-password" },
    owner: { email: "callout.owner.ru@e2e.asar", password: "callout-owner-ru-e2e-password" },
    organizer: { slug: "e2e-callout-kyzylorda", name: "Спасатели Кызылорды (e2e)" },
    volunteer: { email: "callout.volunteer.ru@e2e.asar", password: "callout-volunteer-ru-e2e-password" },
  },
  en: {
    region: "TURKISTAN",
    staff: { email: "callout.staff.en@e2e.asar", password: "callout-staff-en-e2e-password" },
    owner: { email: "callout.owner.en@e2e.asar", password: "callout-owner-en-e2e-password" },
    organizer: { slug: "e2e-callout-turkistan", name: "Turkistan Rescue (e2e)" },
    volunteer: { email: "callout.volunteer.en@e2e.asar", password: "callout-volunteer-en-e2e-password" },
  },
} as const;

/** Notification channels (tests/e2e/notification-settings.spec.ts): one volunteer per language. */
export const E2E_CHANNELS = {
  kk: { email: "channels.kk@e2e.asar", password: "channels-kk-e2e-password", name: "Әсел Қанатова" },
  ru: { email: "channels.ru@e2e.asar", password: "channels-ru-e2e-password", name: "Олег Ким" },
  en: { email: "channels.en@e2e.asar", password: "channels-en-e2e-password", name: "Aruzhan Bekova" },
} as const;

/**
 * Finding and inviting volunteers (tests/e2e/invitations.spec.ts): a verified organizer of its
 * own in Kyzylorda with two published projects, and three adult volunteers there, one per
 * language, who are not findable until they say so on their profile.
 */
export const E2E_INVITE = {
  owner: { email: "invite.owner@e2e.asar", password: "invite-owner-e2e-password", name: "Ерлан Сыздықов" },
  organizer: { slug: "e2e-invite-org", name: "Сыр жастары (e2e)" },
  projects: [
    { title: "Қызылордадағы азық-түлік қоймасы (e2e)", role: "Сұрыптаушы" },
    { title: "Сыр бойындағы сенбілік (e2e)", role: "Ағаш отырғызушы" },
  ],
  volunteers: {
    kk: {
      email: "invite.kk@e2e.asar",
      password: "invite-kk-e2e-password",
      name: "Ақбота Жұмабаева",
      short: "Ақбота Ж.",
    },
    ru: { email: "invite.ru@e2e.asar", password: "invite-ru-e2e-password", name: "Тимур Ахметов", short: "Тимур А." },
    en: { email: "invite.en@e2e.asar", password: "invite-en-e2e-password", name: "Dana Serikova", short: "Dana S." },
  },
} as const;

/**
 * Reminders (tests/e2e/reminders.spec.ts): a project in Mangystau far ahead, whose day-before
 * reminder the spec runs with the e2e job clock (the evening before, 18:00 Kazakhstan time). The
 * kk and en volunteers hold a slot (signups with fixed ids, for the "I can't come" link to "my
 * calendar"), the ru volunteer is accepted for the role without slots (the link to withdraw).
 * The region's staff and a pending organizer there make the staff's daily digest.
 */
export const E2E_REMINDERS = {
  owner: { email: "reminders.owner@e2e.asar", password: "reminders-owner-e2e-password" },
  organizer: { slug: "e2e-reminders-org", name: "Маңғыстау қамқоры (e2e)" },
  pendingOrganizer: { slug: "e2e-reminders-pending", name: "Ақтау жастары (e2e)" },
  staff: { email: "reminders.staff@e2e.asar", password: "reminders-staff-e2e-password", name: "Айдос Ермеков" },
  projectTitle: "Адреса заботы: Актау (e2e)",
  eventRole: "Сопровождающий",
  slotRole: "Доставка продуктов",
  /** The project and its slot: 15 March 2031, 10:00–14:00 in Kazakhstan (05:00–09:00 UTC). */
  startsAt: "2031-03-15T05:00:00.000Z",
  slotEndsAt: "2031-03-15T09:00:00.000Z",
  endsAt: "2031-03-15T13:00:00.000Z",
  /** The evening before, 18:00 in Kazakhstan: when the day-before job runs. */
  dayBeforeRun: "2031-03-14T13:00:00.000Z",
  volunteers: {
    kk: { email: "reminders.kk@e2e.asar", password: "reminders-kk-e2e-password", name: "Нұрлан Әбілов" },
    ru: { email: "reminders.ru@e2e.asar", password: "reminders-ru-e2e-password", name: "Ольга Ким" },
    en: { email: "reminders.en@e2e.asar", password: "reminders-en-e2e-password", name: "Dina Sarsen" },
  },
  signupId: (locale: "kk" | "en") => `e2e-reminders-signup-${locale}`,
} as const;

/**
 * Check-in journey (tests/e2e/check-in.spec.ts), one per language: an organizer whose project has
 * a slot running now, and a volunteer with a confirmed place in it.
 */
export const E2E_CHECK_IN = (["kk", "ru", "en"] as const).map((locale) => ({
  locale,
  owner: { email: `check-in.owner.${locale}@e2e.asar`, password: `check-in-owner-${locale}-e2e-password` },
  volunteer: {
    email: `check-in.volunteer.${locale}@e2e.asar`,
    password: `check-in-volunteer-${locale}-e2e-password`,
    name: `Дәулет Check-in ${locale}`,
  },
  organizer: { slug: `e2e-check-in-${locale}`, name: `Check-in org ${locale} (e2e)` },
  projectTitle: `Qar tazalau: check-in ${locale} (e2e)`,
  roleTitle: "Снег / Snow",
}));
/** Shifts (tests/e2e/shifts.spec.ts): one project per language, a picker and a waiter each. */
export const E2E_SHIFTS = {
  owner: { email: "shifts.owner@e2e.asar", password: "shifts-owner-e2e-password", name: "Әсел Нұрланова" },
  organizer: { slug: "e2e-shifts-org", name: "Көмек үйі (e2e)" },
  projects: {
    kk: { title: "Қарттарға көмек сенбілері (e2e)", role: "Үй шаруасына көмекші" },
    ru: { title: "Субботы помощи пожилым (e2e)", role: "Помощник по хозяйству" },
    en: { title: "Saturdays for the elderly (e2e)", role: "Household helper" },
  },
  volunteers: {
    kk: [
      { email: "shifts.kk1@e2e.asar", password: "shifts-kk1-e2e-password", name: "Ерасыл Бекұлы" },
      { email: "shifts.kk2@e2e.asar", password: "shifts-kk2-e2e-password", name: "Меруерт Әлиева" },
    ],
    ru: [
      { email: "shifts.ru1@e2e.asar", password: "shifts-ru1-e2e-password", name: "Артём Ким" },
      { email: "shifts.ru2@e2e.asar", password: "shifts-ru2-e2e-password", name: "Жанна Исаева" },
    ],
    en: [
      { email: "shifts.en1@e2e.asar", password: "shifts-en1-e2e-password", name: "Alibek Omarov" },
      { email: "shifts.en2@e2e.asar", password: "shifts-en2-e2e-password", name: "Saule Tokayeva" },
    ],
  },
} as const;

/** After the project (tests/e2e/after-project.spec.ts): one ended project per language, each with a volunteer who took part. */
export const E2E_AFTER = {
  owner: { email: "after.owner@e2e.asar", password: "after-owner-e2e-password", name: "Нұрлан Жақсылықов" },
  organizer: { slug: "e2e-after-org", name: "Есіл жастары (e2e)" },
  locales: {
    kk: {
      project: "Қысқы қамқорлық (e2e kk)",
      volunteer: { email: "after.kk@e2e.asar", password: "after-kk-e2e-password", name: "Ақбота Жұмабаева" },
      short: "Ақбота Ж.",
    },
    ru: {
      project: "Зимняя забота (e2e ru)",
      volunteer: { email: "after.ru@e2e.asar", password: "after-ru-e2e-password", name: "Тимур Ахметов" },
      short: "Тимур А.",
    },
    en: {
      project: "Winter care (e2e en)",
      volunteer: { email: "after.en@e2e.asar", password: "after-en-e2e-password", name: "Dana Serikova" },
      short: "Dana S.",
    },
  },
} as const;

/** Messages journey (issue 12): a team in Petropavl, its front office, a volunteer per language accepted for its role. */
export const E2E_MESSAGES = {
  owner: { email: "messages.owner@e2e.asar", password: "messages-owner-e2e-password", name: "Мақсат Әбенов" },
  staff: { email: "messages.staff@e2e.asar", password: "messages-staff-e2e-password" },
  organizer: { slug: "e2e-messages-org", name: "Солтүстік жастары (e2e)" },
  project: { title: "Петропавлдағы қарттарға көмек (e2e)", role: "Көмекші" },
  volunteers: {
    kk: { email: "messages.kk@e2e.asar", password: "messages-kk-e2e-password", name: "Айбек Нұрмағамбетов" },
    ru: { email: "messages.ru@e2e.asar", password: "messages-ru-e2e-password", name: "Ольга Ким" },
    en: { email: "messages.en@e2e.asar", password: "messages-en-e2e-password", name: "Arman Bekov" },
  },
} as const;

/**
 * Issue 12's whole journey (tests/e2e/engagement-journey.spec.ts), one of everything per language:
 * a verified organizer in Kostanay with its owner and one published project whose first-come
 * role gets its slots from the spec's weekly pattern, the volunteer who picks two slots and the
 * one who waits in line. Used by no other spec.
 */
export const E2E_JOURNEY = {
  kk: {
    owner: { email: "journey.owner.kk@e2e.asar", password: "journey-owner-kk-e2e-password", name: "Бақытжан Серікұлы" },
    organizer: { slug: "e2e-journey-kk", name: "Қостанай қамқоры (e2e kk)" },
    projectTitle: "Қостанайдағы қарттарға апта сайынғы көмек (e2e journey kk)",
    roleTitle: "Үй шаруасына көмекші",
    volunteer: {
      email: "journey.volunteer.kk@e2e.asar",
      password: "journey-volunteer-kk-e2e-password",
      name: "Аружан Қайратқызы",
      short: "Аружан Қ.",
    },
    waiting: {
      email: "journey.waiting.kk@e2e.asar",
      password: "journey-waiting-kk-e2e-password",
      name: "Ерболат Нұрланов",
    },
  },
  ru: {
    owner: { email: "journey.owner.ru@e2e.asar", password: "journey-owner-ru-e2e-password", name: "Марат Жумабаев" },
    organizer: { slug: "e2e-journey-ru", name: "Забота Костаная (e2e ru)" },
    projectTitle: "Еженедельная помощь пожилым в Костанае (e2e journey ru)",
    roleTitle: "Помощник по хозяйству",
    volunteer: {
      email: "journey.volunteer.ru@e2e.asar",
      password: "journey-volunteer-ru-e2e-password",
      name: "Светлана Ли",
      short: "Светлана Л.",
    },
    waiting: {
      email: "journey.waiting.ru@e2e.asar",
      password: "journey-waiting-ru-e2e-password",
      name: "Игорь Петров",
    },
  },
  en: {
    owner: { email: "journey.owner.en@e2e.asar", password: "journey-owner-en-e2e-password", name: "Gulnara Abenova" },
    organizer: { slug: "e2e-journey-en", name: "Kostanay Care (e2e en)" },
    projectTitle: "Weekly help for the elderly in Kostanay (e2e journey en)",
    roleTitle: "Household helper",
    volunteer: {
      email: "journey.volunteer.en@e2e.asar",
      password: "journey-volunteer-en-e2e-password",
      name: "Amina Karimova",
      short: "Amina K.",
    },
    waiting: {
      email: "journey.waiting.en@e2e.asar",
      password: "journey-waiting-en-e2e-password",
      name: "Daniyar Seitov",
    },
  },
} as const;
