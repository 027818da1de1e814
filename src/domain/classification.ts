import type { Locale, Localized } from "./locales";

// The five-criteria classification of volunteering used in Kazakhstan since 2021 (National
// Volunteer Network, review 2024, "Volunteering methodology"), plus the organizer's legal form
// and the Birgemiz grant programme tags. Codes mirror the Prisma enums of the same names.

// ---------------------------------------------------------------- I. composition (who volunteers)

export const COMPOSITIONS = [
  "SCHOOL",
  "STUDENT",
  "SILVER",
  "INCLUSIVE",
  "CORPORATE",
  "PRO_BONO",
  "INTERNATIONAL",
  "GENERAL",
] as const;
export type Composition = (typeof COMPOSITIONS)[number];

export const COMPOSITION_LABELS: Record<Composition, Localized> = {
  SCHOOL: { kk: "Мектеп волонтерлігі", ru: "Школьное волонтерство", en: "School volunteering" },
  STUDENT: { kk: "Студенттік волонтерлік", ru: "Студенческое волонтерство", en: "Student volunteering" },
  SILVER: { kk: "Күміс волонтерлік", ru: "Серебряное волонтерство", en: "Silver volunteering" },
  INCLUSIVE: { kk: "Инклюзивті волонтерлік", ru: "Инклюзивное волонтерство", en: "Inclusive volunteering" },
  CORPORATE: { kk: "Корпоративтік волонтерлік", ru: "Корпоративное волонтерство", en: "Corporate volunteering" },
  PRO_BONO: { kk: "Pro bono (кәсіби) волонтерлік", ru: "Волонтерство pro bono", en: "Pro bono volunteering" },
  INTERNATIONAL: { kk: "Халықаралық волонтерлік", ru: "Международное волонтерство", en: "International volunteering" },
  GENERAL: { kk: "Жалпы волонтерлік", ru: "Общее волонтерство", en: "General volunteering" },
};

// ---------------------------------------------------------------- II. direction (the social issue)

export const DIRECTIONS = [
  "MEDICAL",
  "CIVIL_SOCIETY",
  "EDUCATIONAL",
  "ARTS",
  "PUBLIC_SPACES",
  "ANIMAL",
  "MEDIA",
  "SEARCH_RESCUE",
  "EVENT",
  "SOCIAL",
  "SPORTS",
  "EMERGENCY",
  "ENVIRONMENTAL",
  "ETHNIC",
] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, Localized> = {
  MEDICAL: {
    kk: "Медициналық волонтерлік және донорлық",
    ru: "Медицинское волонтерство и донорство",
    en: "Medical volunteering and donorship",
  },
  CIVIL_SOCIETY: {
    kk: "Азаматтық қоғамды дамыту волонтерлігі",
    ru: "Волонтерство в сфере развития гражданского общества",
    en: "Civil society development volunteering",
  },
  EDUCATIONAL: { kk: "Білім беру волонтерлігі", ru: "Образовательное волонтерство", en: "Educational volunteering" },
  ARTS: { kk: "Өнер саласындағы волонтерлік", ru: "Волонтерство в сфере искусства", en: "Arts volunteering" },
  PUBLIC_SPACES: {
    kk: "Қоғамдық кеңістіктерді абаттандыру волонтерлігі",
    ru: "Волонтерство по благоустройству общественных пространств",
    en: "Public space volunteering",
  },
  ANIMAL: { kk: "Жануарларға көмек волонтерлігі", ru: "Зооволонтерство", en: "Animal volunteering" },
  MEDIA: { kk: "Медиаволонтерлік", ru: "Медиаволонтерство", en: "Media volunteering" },
  SEARCH_RESCUE: {
    kk: "Іздестіру-құтқару волонтерлігі",
    ru: "Поисково-спасательное волонтерство",
    en: "Search-and-rescue volunteering",
  },
  EVENT: { kk: "Іс-шаралық волонтерлік", ru: "Событийное волонтерство", en: "Event volunteering" },
  SOCIAL: { kk: "Әлеуметтік волонтерлік", ru: "Социальное волонтерство", en: "Social volunteering" },
  SPORTS: {
    kk: "Спорт және салауатты өмір салты волонтерлігі",
    ru: "Волонтерство в сфере спорта и здорового образа жизни",
    en: "Sports and healthy lifestyle volunteering",
  },
  EMERGENCY: {
    kk: "Апат қаупін азайту және төтенше жағдайлар волонтерлігі",
    ru: "Волонтерство в сфере снижения рисков бедствий и чрезвычайных ситуаций",
    en: "Disaster risk and emergency volunteering",
  },
  ENVIRONMENTAL: { kk: "Экологиялық волонтерлік", ru: "Экологическое волонтерство", en: "Environmental volunteering" },
  ETHNIC: {
    kk: "Этноволонтерлік (тарихи және ұлттық жад, мәдени мұра, этномәдени бірлестіктер, Достық үйлері)",
    ru: "Этноволонтерство (историческая и национальная память, культурное наследие, этнокультурные объединения, Дома дружбы)",
    en: "Ethnic volunteering (historical and national memory, cultural heritage, ethnocultural associations, Friendship Houses)",
  },
};

// ---------------------------------------------------------------- social volunteering's 8 types

/** Only meaningful when the primary or secondary direction is SOCIAL. */
export const SOCIAL_SUBTYPES = [
  "CRISIS_CENTERS",
  "HOSPICE",
  "SPECIAL_NEEDS",
  "CHILDREN_FAMILIES",
  "PRISONERS",
  "ELDERLY",
  "ADDICTION_PREVENTION",
  "HUMANITARIAN_AID",
] as const;
export type SocialSubtype = (typeof SOCIAL_SUBTYPES)[number];

export const SOCIAL_SUBTYPE_LABELS: Record<SocialSubtype, Localized> = {
  CRISIS_CENTERS: {
    kk: "Дағдарыс орталықтарындағы волонтерлік",
    ru: "Волонтерство в кризисных центрах",
    en: "Volunteering in crisis centers",
  },
  HOSPICE: { kk: "Хоспистегі волонтерлік", ru: "Хосписное волонтерство", en: "Hospice volunteering" },
  SPECIAL_NEEDS: {
    kk: "Денсаулығына байланысты ерекше қажеттіліктері бар балалар мен ересектерге көмек",
    ru: "Помощь детям и взрослым с особыми потребностями здоровья",
    en: "Children and adults with special health needs",
  },
  CHILDREN_FAMILIES: {
    kk: "Балалар үйлеріндегі, толық емес және әлеуметтік әлсіз отбасылардағы балаларға, кәмелетке толмағандарды бейімдеу орталықтарына көмек",
    ru: "Помощь детям в домах социальной защиты, из неполных и неблагополучных семей, в центрах адаптации несовершеннолетних",
    en: "Children in care, single-parent families and juvenile adaptation centers",
  },
  PRISONERS: {
    kk: "Сотталғандар мен бұрын сотталғандарға көмек",
    ru: "Помощь осужденным и бывшим осужденным",
    en: "Prisoners and former prisoners",
  },
  ELDERLY: {
    kk: "Қарттарға, жалғыз басты және қиын жағдайдағы адамдарға көмек",
    ru: "Помощь пожилым, одиноким людям и людям в трудной ситуации",
    en: "Elderly people and people living alone or in difficult situations",
  },
  ADDICTION_PREVENTION: {
    kk: "Нашақорлық пен басқа да тәуелділіктердің алдын алу және азайту, тәуелді адамдармен жұмыс",
    ru: "Профилактика и снижение наркомании и других зависимостей, работа с зависимыми людьми",
    en: "Preventing and reducing drug addiction and other dependencies, work with people with addictions",
  },
  HUMANITARIAN_AID: {
    kk: "Гуманитарлық және әлеуметтік көмек",
    ru: "Гуманитарная и социальная помощь",
    en: "Humanitarian and social aid",
  },
};

/** A social subtype is required exactly when one of the project's directions is SOCIAL. */
export function needsSocialSubtype(primaryDirection: Direction, secondaryDirection?: Direction | null): boolean {
  return primaryDirection === "SOCIAL" || secondaryDirection === "SOCIAL";
}

// ---------------------------------------------------------------- III. scope

export const SCOPES = ["LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL"] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, Localized> = {
  LOCAL: { kk: "Жергілікті", ru: "Локальный", en: "Local" },
  REGIONAL: { kk: "Өңірлік", ru: "Региональный", en: "Regional" },
  NATIONAL: { kk: "Республикалық", ru: "Республиканский", en: "National" },
  INTERNATIONAL: { kk: "Халықаралық", ru: "Международный", en: "International" },
};

/** What each scope covers, as the methodology defines it; for form hints. */
export const SCOPE_HINTS: Record<Scope, Localized> = {
  LOCAL: { kk: "Бір елді мекен шегінде", ru: "В пределах одного населенного пункта", en: "Within one settlement" },
  REGIONAL: { kk: "Бір облыс шегінде", ru: "В пределах одного региона", en: "Within one region" },
  NATIONAL: {
    kk: "Бірнеше өңірде немесе бүкіл елде",
    ru: "В нескольких регионах или по всей стране",
    en: "Across several regions or nationwide",
  },
  INTERNATIONAL: { kk: "Бірнеше елде", ru: "В нескольких странах", en: "Across several countries" },
};

// ---------------------------------------------------------------- IV. duration

export const DURATIONS = ["ONE_TIME", "PROJECT", "ONGOING"] as const;
export type Duration = (typeof DURATIONS)[number];

export const DURATION_LABELS: Record<Duration, Localized> = {
  ONE_TIME: {
    kk: "Бір реттік акция немесе іс-шара",
    ru: "Разовая акция или мероприятие",
    en: "One-time action or event",
  },
  PROJECT: { kk: "Жоба", ru: "Проект", en: "Project" },
  ONGOING: { kk: "Тұрақты қызмет", ru: "Постоянная деятельность", en: "Ongoing activity" },
};

// ---------------------------------------------------------------- V. organization type

export const ORGANIZER_FORMS = ["REGISTERED", "INITIATIVE_GROUP", "INDIVIDUAL"] as const;
export type OrganizerForm = (typeof ORGANIZER_FORMS)[number];

export const ORGANIZER_FORM_LABELS: Record<OrganizerForm, Localized> = {
  REGISTERED: { kk: "Тіркелген ұйым", ru: "Зарегистрированная организация", en: "Registered organization" },
  INITIATIVE_GROUP: { kk: "Бастамашыл топ", ru: "Инициативная группа", en: "Initiative group" },
  INDIVIDUAL: { kk: "Жеке тұлға", ru: "Физическое лицо", en: "Individual" },
};

// ---------------------------------------------------------------- legal form of a registered organizer

// Law "On Volunteer Activity", art. 1: a volunteer organization is a non-profit organization,
// except religious associations, political parties, trade unions and consumer cooperatives.
// The allowed forms are the other non-profit forms of the Law "On Non-Profit Organizations".
export const ALLOWED_LEGAL_FORMS = [
  "PUBLIC_ASSOCIATION",
  "PUBLIC_FOUNDATION",
  "PRIVATE_INSTITUTION",
  "ASSOCIATION_OF_LEGAL_ENTITIES",
  "NON_PROFIT_JSC",
] as const;
export const FORBIDDEN_LEGAL_FORMS = [
  "RELIGIOUS_ASSOCIATION",
  "POLITICAL_PARTY",
  "TRADE_UNION",
  "CONSUMER_COOPERATIVE",
] as const;
export type AllowedLegalForm = (typeof ALLOWED_LEGAL_FORMS)[number];
export type ForbiddenLegalForm = (typeof FORBIDDEN_LEGAL_FORMS)[number];
export type LegalForm = AllowedLegalForm | ForbiddenLegalForm;

export const LEGAL_FORM_LABELS: Record<LegalForm, Localized> = {
  PUBLIC_ASSOCIATION: { kk: "Қоғамдық бірлестік", ru: "Общественное объединение", en: "Public association" },
  PUBLIC_FOUNDATION: { kk: "Қоғамдық қор", ru: "Общественный фонд", en: "Public foundation" },
  PRIVATE_INSTITUTION: { kk: "Жеке мекеме", ru: "Частное учреждение", en: "Private institution" },
  ASSOCIATION_OF_LEGAL_ENTITIES: {
    kk: "Заңды тұлғалар бірлестігі (қауымдастық, одақ)",
    ru: "Объединение юридических лиц (ассоциация, союз)",
    en: "Association (union) of legal entities",
  },
  NON_PROFIT_JSC: {
    kk: "Коммерциялық емес акционерлік қоғам",
    ru: "Некоммерческое акционерное общество",
    en: "Non-profit joint-stock company",
  },
  RELIGIOUS_ASSOCIATION: { kk: "Діни бірлестік", ru: "Религиозное объединение", en: "Religious association" },
  POLITICAL_PARTY: { kk: "Саяси партия", ru: "Политическая партия", en: "Political party" },
  TRADE_UNION: { kk: "Кәсіптік одақ", ru: "Профессиональный союз", en: "Trade union" },
  CONSUMER_COOPERATIVE: { kk: "Тұтыну кооперативі", ru: "Потребительский кооператив", en: "Consumer cooperative" },
};

export type LegalFormInfo = { code: LegalForm; allowed: boolean; name: Localized };

/** Every legal form a registered organizer may name, allowed ones first. */
export const LEGAL_FORMS: readonly LegalFormInfo[] = [
  ...ALLOWED_LEGAL_FORMS.map((code) => ({ code, allowed: true, name: LEGAL_FORM_LABELS[code] })),
  ...FORBIDDEN_LEGAL_FORMS.map((code) => ({ code, allowed: false, name: LEGAL_FORM_LABELS[code] })),
];

export function isAllowedLegalForm(value: unknown): value is AllowedLegalForm {
  return typeof value === "string" && (ALLOWED_LEGAL_FORMS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- Birgemiz programme tags

// The "Birgemiz Priority Directions" funded as grants since 2020 (Ayala since 2021) and the
// separate "silver volunteering" funding since 2022. Their names are Kazakh proper names, so
// kk and ru show them in Cyrillic and en in the Latin spelling the review uses.
export const BIRGEMIZ_TAGS = [
  "SAULYQ",
  "BILIM",
  "SABAQTASTYQ",
  "ASYL_MURA",
  "TAZA_ALEM",
  "QAMQOR",
  "UMIT",
  "AYALA",
  "SILVER_VOLUNTEERING",
] as const;
export type BirgemizTag = (typeof BIRGEMIZ_TAGS)[number];

export type BirgemizTagInfo = {
  name: Localized;
  description: Localized;
  /** The review's "general category" of the programme; none for silver volunteering. */
  direction: Direction | null;
};

export const BIRGEMIZ_TAG_INFO: Record<BirgemizTag, BirgemizTagInfo> = {
  SAULYQ: {
    name: { kk: "Саулық", ru: "Саулық", en: "Saýlyq" },
    direction: "MEDICAL",
    description: {
      kk: "Денсаулық. Волонтерлерді денсаулық сақтау саласына, оның ішінде хоспистер мен онкологиялық орталықтардағы науқастарға күтім жасауға тарту.",
      ru: "Здоровье. Привлечение волонтеров в здравоохранение, помощь в уходе за пациентами, в том числе в хосписах и онкологических центрах.",
      en: "Health. Bringing volunteers into healthcare and patient care, including hospices and oncology centres.",
    },
  },
  BILIM: {
    name: { kk: "Білім", ru: "Білім", en: "Bilim" },
    direction: "EDUCATIONAL",
    description: {
      kk: "Білім. Оқушыларды ҰБТ-ға дайындау, ағылшын тілін оқыту, ауыл мектептерінде компьютерлік және құқықтық сауаттылықты арттыру.",
      ru: "Образование. Подготовка школьников к ЕНТ, обучение английскому языку, повышение компьютерной и правовой грамотности в сельских школах.",
      en: "Education. Preparing pupils for the Unified National Testing, teaching English, computer and legal literacy in rural schools.",
    },
  },
  SABAQTASTYQ: {
    name: { kk: "Сабақтастық", ru: "Сабақтастық", en: "Sabaqtastyq" },
    direction: "SOCIAL",
    description: {
      kk: "Тәлімгерлік. Балалар үйлеріндегі балаларға және әлеуметтік қызмет көрсету орталықтарындағы қиын өмірлік жағдайдағы жастарға тәлімгерлік.",
      ru: "Наставничество. Наставничество для детей в детских домах и молодежи в трудной жизненной ситуации в центрах социального обслуживания.",
      en: "Mentorship. Mentoring children in orphanages and young people in difficult life situations at social service centres.",
    },
  },
  ASYL_MURA: {
    name: { kk: "Асыл мұра", ru: "Асыл мұра", en: "Asyl Mura" },
    direction: "ETHNIC",
    description: {
      kk: "Мәдени мұра. Тарихи-мәдени мұра нысандарын сақтау.",
      ru: "Культурное наследие. Сохранение объектов историко-культурного наследия.",
      en: "Cultural heritage. Preserving historical and cultural heritage sites.",
    },
  },
  TAZA_ALEM: {
    name: { kk: "Таза әлем", ru: "Таза әлем", en: "Taza Álem" },
    direction: "ENVIRONMENTAL",
    description: {
      kk: "Таза әлем. Қоршаған ортаны қорғау, өзен арналары мен ормандарды тазалау, ағаш отырғызу, қалдықтарды сұрыптауға үйрету.",
      ru: "Чистый мир. Охрана окружающей среды, очистка русел рек и лесов, посадка деревьев, обучение сортировке отходов.",
      en: "Clean world. Protecting the environment, cleaning riverbeds and forests, planting trees, teaching waste sorting.",
    },
  },
  QAMQOR: {
    name: { kk: "Қамқор", ru: "Қамқор", en: "Qamqor" },
    direction: "SOCIAL",
    description: {
      kk: "Қамқорлық. Волонтерлерді қарттар үйлері мен әлеуметтік қызмет көрсету орталықтарына тарту.",
      ru: "Забота. Привлечение волонтеров в дома престарелых и центры социального обслуживания.",
      en: "Caring. Bringing volunteers into nursing homes and social service centres.",
    },
  },
  UMIT: {
    name: { kk: "Үміт", ru: "Үміт", en: "Úmit" },
    direction: "EMERGENCY",
    description: {
      kk: "Үміт. Іздестіру-құтқару жобалары, апат қаупін азайту, табиғи және техногендік төтенше жағдайлардың салдарын жою, Екінші дүниежүзілік соғыстағы отандастарымыздың ерлігі туралы құжаттарды іздеу.",
      ru: "Надежда. Поисково-спасательные проекты, снижение рисков бедствий, ликвидация последствий природных и техногенных ЧС, поиск документов о подвигах соотечественников во Второй мировой войне.",
      en: "Hope. Search and rescue, disaster risk reduction and recovery from natural and man-made emergencies, finding records of compatriots' deeds in the Second World War.",
    },
  },
  AYALA: {
    name: { kk: "Аяла", ru: "Аяла", en: "Ayala" },
    direction: "ANIMAL",
    description: {
      kk: "Аялы алақан. Қала мен ауылдағы иесіз жануарларға көмек және жануарларға жауапкершілікпен қарауды тәрбиелеу (2021 жылдан бастап).",
      ru: "Нежность, заботливые руки. Помощь бездомным животным в городах и селах, воспитание ответственного отношения к животным (с 2021 года).",
      en: "Tender, caring hands. Helping stray animals in towns and villages and fostering responsible attitudes to animals (since 2021).",
    },
  },
  SILVER_VOLUNTEERING: {
    name: { kk: "Күміс волонтерлік", ru: "Серебряное волонтерство", en: "Silver volunteering" },
    direction: null,
    description: {
      kk: "Аға буын волонтерлерін қолдауға арналған жеке қаржыландыру (2022 жылдан бастап).",
      ru: "Отдельное финансирование для поддержки волонтеров старшего возраста (с 2022 года).",
      en: "Dedicated funding to support older volunteers (since 2022).",
    },
  },
};

export const BIRGEMIZ_TAG_LABELS: Record<BirgemizTag, Localized> = Object.fromEntries(
  BIRGEMIZ_TAGS.map((tag) => [tag, BIRGEMIZ_TAG_INFO[tag].name]),
) as Record<BirgemizTag, Localized>;

// ---------------------------------------------------------------- minors

// Law "On Volunteer Activity": minors (14-17) may not take part in emergency relief,
// search-and-rescue, or work with prisoners and former prisoners; nor in heavy or hazardous
// work, which the project's `hazardous` flag marks. The platform applies this whatever the
// project's roles say.
export const HAZARDOUS_FOR_MINORS = {
  directions: ["EMERGENCY", "SEARCH_RESCUE"],
  socialSubtypes: ["PRISONERS"],
} as const satisfies { directions: readonly Direction[]; socialSubtypes: readonly SocialSubtype[] };

export function isForbiddenForMinors(project: {
  primaryDirection: Direction;
  secondaryDirection?: Direction | null;
  socialSubtype?: SocialSubtype | null;
  hazardous?: boolean;
}): boolean {
  const directions: readonly Direction[] = HAZARDOUS_FOR_MINORS.directions;
  const subtypes: readonly SocialSubtype[] = HAZARDOUS_FOR_MINORS.socialSubtypes;
  if (project.hazardous === true) return true;
  if (directions.includes(project.primaryDirection)) return true;
  if (project.secondaryDirection && directions.includes(project.secondaryDirection)) return true;
  return project.socialSubtype != null && subtypes.includes(project.socialSubtype);
}

// ---------------------------------------------------------------- label lookup

/** Every code list that carries its own labels, by kind. */
export const CLASSIFICATION_CODES = {
  composition: COMPOSITIONS,
  direction: DIRECTIONS,
  socialSubtype: SOCIAL_SUBTYPES,
  scope: SCOPES,
  duration: DURATIONS,
  organizerForm: ORGANIZER_FORMS,
  legalForm: [...ALLOWED_LEGAL_FORMS, ...FORBIDDEN_LEGAL_FORMS] as const,
  birgemizTag: BIRGEMIZ_TAGS,
} as const;
export type ClassificationKind = keyof typeof CLASSIFICATION_CODES;
export type CodeOf<K extends ClassificationKind> = (typeof CLASSIFICATION_CODES)[K][number];

export const CLASSIFICATION_LABELS: { [K in ClassificationKind]: Record<CodeOf<K>, Localized> } = {
  composition: COMPOSITION_LABELS,
  direction: DIRECTION_LABELS,
  socialSubtype: SOCIAL_SUBTYPE_LABELS,
  scope: SCOPE_LABELS,
  duration: DURATION_LABELS,
  organizerForm: ORGANIZER_FORM_LABELS,
  legalForm: LEGAL_FORM_LABELS,
  birgemizTag: BIRGEMIZ_TAG_LABELS,
};

export function isClassificationKind(value: string): value is ClassificationKind {
  return Object.hasOwn(CLASSIFICATION_CODES, value);
}

export function isCode<K extends ClassificationKind>(kind: K, value: unknown): value is CodeOf<K> {
  return typeof value === "string" && (CLASSIFICATION_CODES[kind] as readonly string[]).includes(value);
}

/** The label of a code in a locale, e.g. label("direction", "MEDICAL", "ru"). */
export function label<K extends ClassificationKind>(kind: K, code: CodeOf<K>, locale: Locale): string {
  const labels: Record<string, Localized> = CLASSIFICATION_LABELS[kind];
  const entry = labels[code];
  if (!entry) throw new Error(`Unknown ${kind} code: ${String(code)}`);
  return entry[locale];
}
