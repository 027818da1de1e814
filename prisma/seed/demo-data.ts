// Demo dataset CONTENT for Asar, the national volunteer platform of Kazakhstan.
//
// Plain data only: no imports, no logic. prisma/seed/demo.ts turns it into rows.
//
// Sources
// - ../shared/seeds/000_babf3f466e99fd36.txt: Astana Jastary / City Volunteer Headquarters and
//   its projects "Addresses for Care", "School of Volunteers", "Taza Qazaqstan", international events.
// - ../shared/seeds/003_e79ea9771607bb36.txt: the National Volunteer Network's 2024 review:
//   TYPICAL PRACTICES (l. 526-566), VOLUNTEERING BY NUMBERS (l. 568-), VOLUNTEER PROFILE (l. 648-667),
//   the organizations it names: Wild Nature Volunteers (l. 933), "Aktobe, breathe!" (l. 934),
//   Yntymak Atyrau (l. 912), the Kazygurt English initiative group (l. 912), Dos Community
//   (l. 969-970), Petroglyph Hunters (l. 974), "28 Loops Club" (l. 890), Best For Kids (l. 891),
//   Ana Uyi and its Mama's House (l. 902), the Kyzylorda village youth field (l. 952), the
//   Kostanay pilot group of professional volunteers trained with the DES (l. 983), the Ural fry
//   rescue in Atyrau (l. 932), painting over drug advertisements with the police (l. 983),
//   forest restoration after the Abay fires (l. 864, 883).
//
// What is invented (this is demo data, not a directory):
// - every person, e-mail (domain example.kz), phone and website is fictional; the head of the
//   Astana department named in seed 000 is deliberately NOT used as an account owner;
// - where the review does not say where an organization works or what legal form it has
//   (Dos Community, Best For Kids, 28 Loops Club, Ana Uyi's branch), a plausible city and form
//   were chosen; the organizations in Pavlodar, Ust-Kamenogorsk, Semey, Petropavl, Kostanay,
//   the Kyzylorda village group and the two individuals are fictional, each built on a practice
//   the review describes as typical;
// - Astana Jastary is a volunteer movement inside a city state institution; the LegalForm enum
//   has no "state institution", so it is modelled as an INITIATIVE_GROUP (the movement itself is
//   not a legal entity).
//
// Conventions the seed relies on: Astana Jastary stays first in DEMO_ORGANIZERS (demo.ts gives
// its owner the fixed login jastary@asar.demo); role skills are taken from SKILLS; projects of
// unverified organizers are DRAFT or SUBMITTED only; published projects start 3-90 days from
// now (projects that are over live in demo-past-projects.ts, except the two COMPLETED ones
// here); minAge is 18 for EMERGENCY, SEARCH_RESCUE and PRISONERS; Russian writes "волонтер"
// without ё, as the law does.

export type RegionCode =
  | "ABAI"
  | "AKMOLA"
  | "AKTOBE"
  | "ALMATY_REGION"
  | "ATYRAU"
  | "EAST_KAZAKHSTAN"
  | "JAMBYL"
  | "JETISU"
  | "KARAGANDA"
  | "KOSTANAY"
  | "KYZYLORDA"
  | "MANGYSTAU"
  | "NORTH_KAZAKHSTAN"
  | "PAVLODAR"
  | "TURKISTAN"
  | "ULYTAU"
  | "WEST_KAZAKHSTAN"
  | "ASTANA"
  | "ALMATY_CITY"
  | "SHYMKENT";
export type OrganizerForm = "REGISTERED" | "INITIATIVE_GROUP" | "INDIVIDUAL";
export type LegalForm =
  | "PUBLIC_ASSOCIATION"
  | "PUBLIC_FOUNDATION"
  | "PRIVATE_INSTITUTION"
  | "ASSOCIATION_OF_LEGAL_ENTITIES"
  | "NON_PROFIT_JSC";
export type Composition =
  "SCHOOL" | "STUDENT" | "SILVER" | "INCLUSIVE" | "CORPORATE" | "PRO_BONO" | "INTERNATIONAL" | "GENERAL";
export type Direction =
  | "MEDICAL"
  | "CIVIL_SOCIETY"
  | "EDUCATIONAL"
  | "ARTS"
  | "PUBLIC_SPACES"
  | "ANIMAL"
  | "MEDIA"
  | "SEARCH_RESCUE"
  | "EVENT"
  | "SOCIAL"
  | "SPORTS"
  | "EMERGENCY"
  | "ENVIRONMENTAL"
  | "ETHNIC";
export type SocialSubtype =
  | "CRISIS_CENTERS"
  | "HOSPICE"
  | "SPECIAL_NEEDS"
  | "CHILDREN_FAMILIES"
  | "PRISONERS"
  | "ELDERLY"
  | "ADDICTION_PREVENTION"
  | "HUMANITARIAN_AID";
export type Scope = "LOCAL" | "REGIONAL" | "NATIONAL" | "INTERNATIONAL";
export type Duration = "ONE_TIME" | "PROJECT" | "ONGOING";
export type BirgemizTag =
  "SAULYQ" | "BILIM" | "SABAQTASTYQ" | "ASYL_MURA" | "TAZA_ALEM" | "QAMQOR" | "UMIT" | "AYALA" | "SILVER_VOLUNTEERING";
export type TextLanguage = "kk" | "ru" | "en";
export type Gender = "MALE" | "FEMALE";

export type DemoOrganizer = {
  key: string;
  name: string;
  form: OrganizerForm;
  legalForm?: LegalForm;
  region: RegionCode;
  settlement: string;
  directions: Direction[];
  description: string;
  language: TextLanguage;
  email: string;
  phone: string;
  website?: string;
  verified: boolean;
  ownerName: string;
};

export type DemoRole = {
  title: string;
  description: string;
  capacity: number;
  minAge: number;
  skills: string[];
  mode: "REVIEW" | "FIRST_COME";
};

export type DemoProject = {
  key: string;
  organizerKey: string;
  title: string;
  description: string;
  language: TextLanguage;
  compositions: Composition[];
  primaryDirection: Direction;
  secondaryDirection?: Direction;
  socialSubtype?: SocialSubtype;
  scope: Scope;
  duration: Duration;
  birgemiz: BirgemizTag[];
  region: RegionCode;
  settlement?: string;
  online: boolean;
  startOffsetDays: number;
  lengthDays: number;
  startHour: number;
  status: "PUBLISHED" | "SUBMITTED" | "DRAFT" | "COMPLETED";
  contactName: string;
  contactPhone: string;
  roles: DemoRole[];
};

// ---------------------------------------------------------------------------------------------
// Skills: short labels in Russian, lower case like the named demo volunteers in demo.ts
// ("первая помощь", "английский язык"). Every role's skills come from this list.
// ---------------------------------------------------------------------------------------------
export const SKILLS: string[] = [
  "первая помощь",
  "английский язык",
  "казахский язык",
  "китайский язык",
  "преподавание",
  "подготовка к ЕНТ",
  "работа с детьми",
  "уход за пожилыми",
  "психологическая поддержка",
  "юридические консультации",
  "бухгалтерия",
  "фандрайзинг",
  "управление проектами",
  "карьерное консультирование",
  "компьютерная грамотность",
  "фотосъёмка",
  "видеосъёмка и монтаж",
  "SMM",
  "копирайтинг",
  "дизайн",
  "организация мероприятий",
  "публичные выступления",
  "вождение (кат. B)",
  "навигация и GPS",
  "картография (ГИС)",
  "работа в Excel",
  "ботаника",
  "работа с животными",
  "вязание",
  "жестовый язык",
  "спортивный тренер",
  "ремонтные работы",
];

// ---------------------------------------------------------------------------------------------
// Organizers. Astana Jastary must stay first (see header).
// ---------------------------------------------------------------------------------------------
export const DEMO_ORGANIZERS: DemoOrganizer[] = [
  {
    key: "astana-jastary",
    name: "«Астана жастары» — Городской волонтерский штаб",
    form: "INITIATIVE_GROUP",
    region: "ASTANA",
    settlement: "Астана",
    directions: ["SOCIAL", "EVENT", "EDUCATIONAL", "ENVIRONMENTAL"],
    description:
      "Волонтерское движение «Астана жастары» создано при городском волонтерском штабе. С 2014 года наши волонтеры поработали более чем на 700 городских и международных мероприятиях, в том числе 1 500 человек — на EXPO-2017. С 2020 года более 2 500 волонтеров штаба помогали в борьбе с COVID-19 и в акциях движения #BizBirgemiz. Постоянные проекты — «Адреса заботы», «Школа волонтеров» и «Taza Qazaqstan».",
    language: "ru",
    email: "astana-jastary@example.kz",
    phone: "+7 701 402 18 55",
    website: "https://astana-jastary.example.kz",
    verified: true,
    ownerName: "Айгерім Сейітова",
  },
  {
    key: "wild-nature-volunteers",
    name: "Wild Nature Volunteers",
    form: "INITIATIVE_GROUP",
    region: "ALMATY_CITY",
    settlement: "Алматы",
    directions: ["ENVIRONMENTAL", "ANIMAL"],
    description:
      "A volunteer association that looks after Ile-Alatau National Park above Almaty. We run regular trail clean-ups, weekend eco-patrols and tree planting together with the park's rangers and foresters. Just as important to us is talking to visitors: most of the litter in the gorges comes from people who simply never thought about it.",
    language: "en",
    email: "wildnature@example.kz",
    phone: "+7 707 315 62 09",
    verified: true,
    ownerName: "Дмитрий Ким",
  },
  {
    key: "aktobe-tynys-al",
    name: "«Ақтөбе, тыныс ал!» қоғамдық бірлестігі",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    region: "AKTOBE",
    settlement: "Ақтөбе",
    directions: ["ENVIRONMENTAL", "PUBLIC_SPACES", "MEDIA"],
    description:
      "Ақтөбедегі ағаштар мен жасыл желекті қорғайтын волонтерлік ұйым. Біз өзіміз отырғызған ағаштарды ғана емес, қаладағы барлық ағаш пен бұтаның жай-күйін бақылаймыз, заңсыз кесілгенін тіркеп, әкімдікке хабарлаймыз. Осының арқасында қалада көптеген ағаш сақталып қалды. Тұрғындарға жасыл желекті қорғаудың маңызын түсіндіріп, ақпараттық науқандар өткіземіз.",
    language: "kk",
    email: "aktobe-tynys@example.kz",
    phone: "+7 775 228 41 70",
    website: "https://tynys-al.example.kz",
    verified: true,
    ownerName: "Жанар Құрманова",
  },
  {
    key: "yntymak-atyrau",
    name: "Общественное объединение «Ынтымақ Атырау»",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    region: "ATYRAU",
    settlement: "Атырау",
    directions: ["EDUCATIONAL", "SOCIAL", "ANIMAL"],
    description:
      "Волонтерская организация из Атырау. Много лет вместе с корпоративными волонтерами компании-партнёра бесплатно учим английскому детей из Дома юношества и детского дома, а также студентов колледжей. Сотрудничаем со школьными волонтерскими клубами: опытные волонтеры знакомят школьников с настоящим социальным волонтерством. Каждую весну зовём горожан спасать мальков на разливах Урала.",
    language: "ru",
    email: "yntymak.atyrau@example.kz",
    phone: "+7 701 733 20 14",
    verified: true,
    ownerName: "Ерлан Төлеубаев",
  },
  {
    key: "dos-community",
    name: "Dos Community",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    region: "ALMATY_CITY",
    settlement: "Алматы",
    directions: ["CIVIL_SOCIETY"],
    description:
      "«Помогаем помогать». Платформа, которая объединяет профессиональных волонтеров — дизайнеров, юристов, бухгалтеров, маркетологов, IT-специалистов — с социально ориентированными НКО. Организации размещают заявки на помощь в операционных задачах, волонтеры с нужным опытом откликаются и выполняют их pro bono. Работаем онлайн по всему Казахстану.",
    language: "ru",
    email: "dos@example.kz",
    phone: "+7 777 190 44 63",
    website: "https://dos.example.kz",
    verified: true,
    ownerName: "Мадина Бекова",
  },
  {
    key: "petroglyph-hunters",
    name: "«Петроглиф аңшылары» (Petroglyph Hunters)",
    form: "INITIATIVE_GROUP",
    region: "ALMATY_REGION",
    settlement: "Қонаев",
    directions: ["ETHNIC"],
    description:
      "Мамандар мен тарихқа жаны ашитын қазақстандықтардан құралған бастамашыл топ. Алматы облысындағы әлі зерттелмеген ескерткіштерді — петроглиф шоғырларын және олардың маңындағы обаларды тауып, тіркейміз. Нәтижелерімізді Ә. Х. Марғұлан атындағы Археология институтымен және жергілікті мәдениет басқармасымен бөлісеміз.",
    language: "kk",
    email: "petroglyph@example.kz",
    phone: "+7 702 561 08 37",
    verified: true,
    ownerName: "Асқар Омаров",
  },
  {
    key: "best-for-kids",
    name: "Общественный фонд «Best For Kids»",
    form: "REGISTERED",
    legalForm: "PUBLIC_FOUNDATION",
    region: "ALMATY_CITY",
    settlement: "Алматы",
    directions: ["SOCIAL", "ARTS", "EDUCATIONAL"],
    description:
      "Помогаем детям, оставшимся без попечения родителей: наставничество для подростков из детских домов, подготовка выпускников к самостоятельной жизни, творческие мастерские. Волонтеры проходят отбор и обучение и работают при поддержке кураторов и психологов фонда.",
    language: "ru",
    email: "bestforkids@example.kz",
    phone: "+7 707 844 52 10",
    website: "https://bestforkids.example.kz",
    verified: true,
    ownerName: "Ольга Шевченко",
  },
  {
    key: "ana-uyi",
    name: "«Ана үйі» қоғамдық қоры (Шымкент)",
    form: "REGISTERED",
    legalForm: "PUBLIC_FOUNDATION",
    region: "SHYMKENT",
    settlement: "Шымкент",
    directions: ["SOCIAL"],
    description:
      "Қор көп балалы жалғызбасты аналарға және жаңа туған нәрестесімен қиын жағдайға тап болған әйелдерге көмектеседі. «Мама үйі» жобасы баласынан бас тарту қаупі бар отбасыларды қолдайды: әйелдер бала күтімінде, тұрмыстық мәселелерде көмек және психологиялық қолдау алады. Волонтерлер қор жұмысының бір бөлігіне — кезекшілікке, гуманитарлық жинаққа, кеңес беруге атсалысады.",
    language: "kk",
    email: "anauyi.shymkent@example.kz",
    phone: "+7 778 402 67 91",
    verified: true,
    ownerName: "Гүлмира Әбенова",
  },
  {
    key: "klub-28-petel",
    name: "Клуб «28 петель»",
    form: "INITIATIVE_GROUP",
    region: "KARAGANDA",
    settlement: "Караганда",
    directions: ["MEDICAL", "EVENT"],
    description:
      "Вяжем для недоношенных малышей шапочки, носочки, пледы и «осьминожек» и передаём их в отделение выхаживания перинатального центра. В клубе мамы, студентки и много бабушек; научим вязать с нуля. Встречаемся раз в неделю, остальное вяжем дома по нашим схемам.",
    language: "ru",
    email: "klub28petel@example.kz",
    phone: "+7 701 618 93 25",
    verified: true,
    ownerName: "Галина Шмидт",
  },
  {
    key: "kazygurt-english",
    name: "Қазығұрт ағылшын клубы",
    form: "INITIATIVE_GROUP",
    region: "TURKISTAN",
    settlement: "Қазығұрт",
    directions: ["EDUCATIONAL"],
    description:
      "Қазығұрт ауылындағы бастамашыл топ. USAID қолдауымен басталған жобамыз бірнеше жылдан бері ағылшын тілін үйренгісі келетін әр адамға тегін сабақ береді. Қазір ауылдағы балалар мен жастардың көбі ағылшынша еркін сөйлейді, ал бұрынғы оқушыларымыз өздері волонтер-мұғалім болып жүр.",
    language: "kk",
    email: "kazygurt.english@example.kz",
    phone: "+7 747 305 11 82",
    verified: true,
    ownerName: "Бауыржан Сәрсенбаев",
  },
  {
    key: "kostanay-rescue",
    name: "ОО «Костанайский добровольный поисково-спасательный отряд»",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    region: "KOSTANAY",
    settlement: "Костанай",
    directions: ["EMERGENCY", "SEARCH_RESCUE"],
    description:
      "Волонтеры-спасатели Костанайской области. Работаем вместе с ДЧС и полицией: противопаводковые работы, поиск пропавших людей, рейды по пожарной безопасности и безопасности на воде. Часть команды прошла специальную подготовку при ДЧС области в пилотном проекте мобильной группы профессиональных волонтеров. Весной 2024 года работали на ликвидации последствий паводка.",
    language: "ru",
    email: "kostanay.rescue@example.kz",
    phone: "+7 705 462 30 17",
    verified: true,
    ownerName: "Андрей Морозов",
  },
  {
    key: "auyl-jastary",
    name: "«Ауыл жастары» бастамашыл тобы",
    form: "INITIATIVE_GROUP",
    region: "KYZYLORDA",
    settlement: "Шиелі ауданы",
    directions: ["SOCIAL", "PUBLIC_SPACES"],
    description:
      "Шиелі ауданындағы ауыл жастарының бастамашыл тобы. Ауыл әкімі бөлген алқапта картоп, жүгері және бақша өсіреміз. Өнімнің бір бөлігін мұқтаж отбасыларға таратамыз, қалғанын сатып, түскен қаржыны ауылдың Мәдениет үйін жөндеуге және көшелерді абаттандыруға жұмсаймыз.",
    language: "kk",
    email: "auyl.jastary@example.kz",
    phone: "+7 776 118 54 02",
    verified: true,
    ownerName: "Дәулет Ибраев",
  },
  {
    key: "dobrye-lapy",
    name: "Частное учреждение «Приют для животных «Добрые лапы»",
    form: "REGISTERED",
    legalForm: "PRIVATE_INSTITUTION",
    region: "PAVLODAR",
    settlement: "Павлодар",
    directions: ["ANIMAL", "SOCIAL"],
    description:
      "Приют на окраине Павлодара: около 200 собак и 60 кошек, которых мы лечим, стерилизуем и пристраиваем в семьи. Держимся на волонтерах и пожертвованиях горожан. Вместе с кинологом готовим спокойных собак к канистерапии для детей с особыми потребностями.",
    language: "ru",
    email: "dobrye-lapy@example.kz",
    phone: "+7 702 937 46 58",
    verified: true,
    ownerName: "Наталья Волкова",
  },
  {
    key: "svet-ryadom",
    name: "ОО «Свет рядом»",
    form: "REGISTERED",
    legalForm: "PUBLIC_ASSOCIATION",
    region: "EAST_KAZAKHSTAN",
    settlement: "Усть-Каменогорск",
    directions: ["SOCIAL", "MEDICAL"],
    description:
      "Объединение волонтеров паллиативной помощи в Усть-Каменогорске. Поддерживаем пациентов хосписного отделения и их близких: общение, прогулки, помощь семье. Регистрируемся на платформе, чтобы набирать и обучать новых волонтеров.",
    language: "ru",
    email: "svet-ryadom@example.kz",
    phone: "+7 705 771 29 84",
    verified: false,
    ownerName: "Елена Кузнецова",
  },
  {
    key: "jasyl-semey",
    name: "«Жасыл Семей» бастамашыл тобы",
    form: "INITIATIVE_GROUP",
    region: "ABAI",
    settlement: "Семей",
    directions: ["ENVIRONMENTAL"],
    description:
      "Семей қаласының студенттері мен тұрғындарынан құралған экологиялық бастамашыл топ. Абай облысындағы өрттен зардап шеккен қарағайлы ормандарды қалпына келтіруге орман шаруашылығы мамандарымен бірге көмектесеміз: тұқым жинаймыз, көшет өсіреміз, отырғызамыз.",
    language: "kk",
    email: "jasyl.semey@example.kz",
    phone: "+7 747 620 93 41",
    verified: false,
    ownerName: "Ернұр Қасымов",
  },
  {
    key: "silver-petropavl",
    name: "«Серебряные волонтеры» Петропавловска",
    form: "INITIATIVE_GROUP",
    region: "NORTH_KAZAKHSTAN",
    settlement: "Петропавловск",
    directions: ["SPORTS", "EDUCATIONAL", "SOCIAL"],
    description:
      "Инициативная группа волонтеров старшего возраста: бывшие учителя, медсёстры, инженеры. Проводим тренировки по скандинавской ходьбе для пенсионеров и вместе со студентами учим ровесников пользоваться смартфоном и не попадаться на уловки мошенников.",
    language: "ru",
    email: "silver.petropavl@example.kz",
    phone: "+7 777 583 12 66",
    verified: true,
    ownerName: "Валентина Степанова",
  },
  {
    key: "aruzhan-doszhanova",
    name: "Аружан Досжанова",
    form: "INDIVIDUAL",
    region: "MANGYSTAU",
    settlement: "Ақтау",
    directions: ["EDUCATIONAL"],
    description:
      "Ақтаудағы университеттің студентімін, Маңғыстау облысындағы ауыл мектебін бітірдім. Ауыл балаларына ҰБТ-ға дайындалу үшін репетитор табу қиын екенін өз басымнан өткердім, сондықтан достарыммен бірге тегін онлайн сабақтар ұйымдастырамын.",
    language: "kk",
    email: "aruzhan.d@example.kz",
    phone: "+7 708 214 75 39",
    verified: true,
    ownerName: "Аружан Досжанова",
  },
  {
    key: "ruslan-abdullaev",
    name: "Руслан Абдуллаев",
    form: "INDIVIDUAL",
    region: "JAMBYL",
    settlement: "Тараз",
    directions: ["PUBLIC_SPACES", "CIVIL_SOCIETY"],
    description:
      "Передвигаюсь на коляске и второй год проверяю, насколько доступны для людей с инвалидностью аптеки, поликлиники, ЦОНы и остановки Тараза. Результаты проверок передаю в акимат и публикую, а потом проверяю, что исправили.",
    language: "ru",
    email: "r.abdullaev@example.kz",
    phone: "+7 771 306 88 20",
    verified: false,
    ownerName: "Руслан Абдуллаев",
  },
];

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------
export const DEMO_PROJECTS: DemoProject[] = [
  // ---- Astana Jastary (ASTANA) ----
  {
    key: "addresses-for-care",
    organizerKey: "astana-jastary",
    title: "«Адреса заботы»: помощь одиноким пенсионерам и ветеранам",
    description:
      "Помогаем одиноко проживающим пенсионерам и ветеранам Астаны с тем, что им уже тяжело делать самим: чистим снег во дворах частных домов, перед паводком скалываем лёд и отводим талую воду, выносим бытовой мусор, делаем уборку в квартирах, весной готовим огороды к посадке. Выезды по субботам в 10:00 группами по 4–6 человек с координатором; адреса приходят через колл-центр штаба. Одевайтесь по погоде и возьмите рабочие перчатки, инвентарь и транспорт даёт штаб. Раз в месяц также навещаем дом престарелых и городской приют для животных.",
    language: "ru",
    compositions: ["STUDENT", "SCHOOL", "GENERAL"],
    primaryDirection: "SOCIAL",
    socialSubtype: "ELDERLY",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["QAMQOR"],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 5,
    lengthDays: 120,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Нұрлан Жақсылықов",
    contactPhone: "+7 701 402 18 56",
    roles: [
      {
        title: "Волонтер хозяйственной помощи",
        description: "Уборка снега и мусора, помощь по дому и в огороде в составе выездной группы.",
        capacity: 40,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Координатор выездной группы",
        description: "Ведёт группу по адресам, знакомит с подопечными, отмечает выполненные заявки в таблице штаба.",
        capacity: 8,
        minAge: 18,
        skills: ["организация мероприятий", "вождение (кат. B)"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "school-of-volunteers",
    organizerKey: "astana-jastary",
    title: "Волонтерлер мектебі: жаңа ағынға қабылдау",
    description:
      "«Волонтерлер мектебі» 2014 жылдан бері волонтерлерді қалалық және халықаралық іс-шараларға дайындайды. Оқу екі кезеңнен тұрады: алдымен жалпы курс (ел тарихы, Астананың көрікті жерлері, алғашқы медициналық көмек, жанжалды басқару, әр елдің мәдениеті мен менталитеті), содан кейін бағыт бойынша модуль — әлеуметтік волонтерлік, төтенше жағдайлардағы волонтерлік немесе халықаралық іс-шаралар. Сабақтар аптасына екі рет кешкі 18:00-де штабтың оқу залында өтеді. Курсты аяқтағандар сертификат алып, штабтың іс-шараларына басымдықпен қатысады.",
    language: "kk",
    compositions: ["STUDENT", "SCHOOL"],
    primaryDirection: "EDUCATIONAL",
    secondaryDirection: "EVENT",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: [],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 14,
    lengthDays: 45,
    startHour: 18,
    status: "PUBLISHED",
    contactName: "Әсел Мұратова",
    contactPhone: "+7 701 402 18 57",
    roles: [
      {
        title: "Курс тыңдаушысы",
        description: "Екі кезеңді оқудан өтіп, соңында бағыт таңдайды. Сабақтардың 80%-ына қатысу міндетті.",
        capacity: 60,
        minAge: 16,
        skills: [],
        mode: "REVIEW",
      },
      {
        title: "Тренер-ассистент",
        description:
          "Алғашқы көмек пен жанжалды басқару сабақтарында тренерге көмектеседі, топтық жаттығуларды жүргізеді.",
        capacity: 5,
        minAge: 18,
        skills: ["первая помощь", "публичные выступления"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "taza-qazaqstan-esil",
    organizerKey: "astana-jastary",
    title: "«Taza Qazaqstan»: Есіл жағалауын тазалау маусымы",
    description:
      "Мамырдан қазанға дейін әр сенбі сайын Есіл өзенінің жағалауын, су айдындарының маңын және адам көп жиналатын орындарды қоқыстан тазалаймыз. Көктем мен күзде қаланың экологиялық қозғалыстарымен бірге ағаш отырғызамыз. Жиналу орны — Орталық саябақтың Есіл жақтағы кіреберісі, сағат 10:00. Қолғап, қап және су береміз; жабық аяқ киім мен бас киім киіп келіңіз. Мақсатымыз — жастардың табиғатқа жауапкершілікпен қарауын қалыптастыру.",
    language: "kk",
    compositions: ["SCHOOL", "STUDENT", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    secondaryDirection: "PUBLIC_SPACES",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: ["TAZA_ALEM"],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 10,
    lengthDays: 150,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Айдос Серікбаев",
    contactPhone: "+7 707 512 33 48",
    roles: [
      {
        title: "Тазалау волонтері",
        description: "Жағалау мен саябақ аумағын қоқыстан тазалайды, қоқысты түрі бойынша сұрыптайды.",
        capacity: 150,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Топ жетекшісі",
        description:
          "10–15 адамдық топты бөлімшеге апарып, қауіпсіздік ережесін түсіндіреді, жиналған қаптарды есептейді.",
        capacity: 10,
        minAge: 18,
        skills: ["организация мероприятий"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "astana-international-forum",
    organizerKey: "astana-jastary",
    title: "Volunteers for an international forum in Astana",
    description:
      "Astana Jastary is recruiting volunteers for a two-day international forum at the EXPO congress centre. You will meet delegations at the airport and hotels, guide guests around the venue, staff the registration desks and support the press centre. We are looking for volunteers with conversational English; Chinese, Turkish or Arabic is a plus. A mandatory briefing takes place the day before the forum; uniform and meals are provided.",
    language: "en",
    compositions: ["STUDENT", "GENERAL"],
    primaryDirection: "EVENT",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: [],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 40,
    lengthDays: 2,
    startHour: 8,
    status: "SUBMITTED",
    contactName: "Dana Ospanova",
    contactPhone: "+7 701 402 18 58",
    roles: [
      {
        title: "Delegation liaison volunteer",
        description: "Meets a delegation on arrival and accompanies it between the hotel and the venue.",
        capacity: 40,
        minAge: 18,
        skills: ["английский язык"],
        mode: "REVIEW",
      },
      {
        title: "Registration and navigation volunteer",
        description: "Issues badges, answers questions and guides guests to halls and meeting rooms.",
        capacity: 80,
        minAge: 16,
        skills: [],
        mode: "REVIEW",
      },
      {
        title: "Press centre assistant",
        description: "Helps accredited journalists, takes backstage photos for the organisers' channels.",
        capacity: 10,
        minAge: 18,
        skills: ["фотосъёмка", "английский язык"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "clean-walls-astana",
    organizerKey: "astana-jastary",
    title: "«Чистые стены»: закрашиваем рекламу наркотиков",
    description:
      "Совместный рейд с городским департаментом полиции: ищем и закрашиваем надписи и трафареты с рекламой наркотиков на стенах домов, гаражах и остановках. Полиция обеспечивает безопасность группы и выдаёт краску, валики, светоотражающие жилеты, фонарики и перчатки. Сбор в 10:00 у здания штаба, маршрут — микрорайоны правого берега. Только для совершеннолетних; наденьте одежду, которую не жалко испачкать, и возьмите заряженный телефон — найденные адреса отмечаем на общей карте.",
    language: "ru",
    compositions: ["STUDENT", "GENERAL"],
    primaryDirection: "SOCIAL",
    secondaryDirection: "PUBLIC_SPACES",
    socialSubtype: "ADDICTION_PREVENTION",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: [],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 18,
    lengthDays: 1,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Нұрлан Жақсылықов",
    contactPhone: "+7 701 402 18 56",
    roles: [
      {
        title: "Волонтер рейда",
        description: "В паре с другим волонтером закрашивает найденные надписи под присмотром сотрудника полиции.",
        capacity: 30,
        minAge: 18,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Волонтер-картограф",
        description: "Фотографирует надписи до и после и отмечает адреса на общей карте для полиции.",
        capacity: 4,
        minAge: 18,
        skills: ["фотосъёмка"],
        mode: "FIRST_COME",
      },
    ],
  },
  {
    key: "new-start-probation",
    organizerKey: "astana-jastary",
    title: "«Новый старт»: поддержка людей, освободившихся из мест лишения свободы",
    description:
      "Вместе со службой пробации ищем волонтеров для еженедельных встреч с людьми, недавно освободившимися из мест лишения свободы. Волонтеры помогают составить резюме, зарегистрироваться на портале занятости, восстановить документы через ЦОН и освоить базовые компьютерные навыки. Встречи по четвергам с 15:00 в помещении службы пробации, всегда в присутствии сотрудника. Перед началом — собеседование и инструктаж; только 18+.",
    language: "ru",
    compositions: ["PRO_BONO", "GENERAL"],
    primaryDirection: "SOCIAL",
    socialSubtype: "PRISONERS",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: [],
    region: "ASTANA",
    settlement: "Астана",
    online: false,
    startOffsetDays: 30,
    lengthDays: 90,
    startHour: 15,
    status: "SUBMITTED",
    contactName: "Сергей Павлов",
    contactPhone: "+7 705 118 20 43",
    roles: [
      {
        title: "Консультант по трудоустройству",
        description: "Помогает составить резюме, подобрать вакансии и подготовиться к собеседованию.",
        capacity: 6,
        minAge: 18,
        skills: ["карьерное консультирование"],
        mode: "REVIEW",
      },
      {
        title: "Преподаватель компьютерной грамотности",
        description: "Учит работать с почтой, eGov и порталом занятости.",
        capacity: 4,
        minAge: 18,
        skills: ["компьютерная грамотность", "преподавание"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Wild Nature Volunteers (projects in Ile-Alatau National Park, ALMATY_REGION) ----
  {
    key: "big-almaty-gorge-cleanup",
    organizerKey: "wild-nature-volunteers",
    title: "Trail clean-up in the Big Almaty Gorge",
    description:
      "We clean the trail and roadside along the Big Almaty Gorge in Ile-Alatau National Park together with park rangers. Meeting point: the park checkpoint at the entrance to the gorge at 8:30; we car-share from there. Bring hiking shoes, a warm layer, water and lunch; gloves, bags and litter pickers are provided. Park entry for registered volunteers is arranged with the park administration, and everyone is welcome — the briefing is in English and Russian.",
    language: "en",
    compositions: ["INTERNATIONAL", "STUDENT", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: ["TAZA_ALEM"],
    region: "ALMATY_REGION",
    settlement: "Ile-Alatau National Park, Big Almaty Gorge",
    online: false,
    startOffsetDays: 9,
    lengthDays: 1,
    startHour: 8,
    status: "PUBLISHED",
    contactName: "Dmitriy Kim",
    contactPhone: "+7 707 315 62 09",
    roles: [
      {
        title: "Trail clean-up volunteer",
        description: "Collects and sorts litter along a 3 km stretch of the trail in a group with a ranger.",
        capacity: 35,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Volunteer driver",
        description: "Drives volunteers from the checkpoint up the gorge and brings the bags down.",
        capacity: 6,
        minAge: 18,
        skills: ["вождение (кат. B)"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "ile-alatau-eco-patrol",
    organizerKey: "wild-nature-volunteers",
    title: "Эко-патруль выходного дня в Иле-Алатауском нацпарке",
    description:
      "По субботам и воскресеньям дежурим на входах в Аксайское и Каскеленское ущелья вместе с инспекторами парка. Рассказываем туристам о правилах поведения в нацпарке, раздаём мешки для мусора, напоминаем о запрете костров в пожароопасный период и убираем места стоянок. Смена с 9:00 до 14:00. Нужны готовность общаться с людьми на казахском или русском и удобная обувь для ходьбы по горам.",
    language: "ru",
    compositions: ["STUDENT", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["TAZA_ALEM"],
    region: "ALMATY_REGION",
    settlement: "Иле-Алатауский национальный парк, Карасайский район",
    online: false,
    startOffsetDays: 4,
    lengthDays: 90,
    startHour: 9,
    status: "PUBLISHED",
    contactName: "Алина Николаева",
    contactPhone: "+7 707 315 62 10",
    roles: [
      {
        title: "Эко-патрульный",
        description: "Дежурит у входа на тропу, разговаривает с туристами, раздаёт мешки и убирает стоянки.",
        capacity: 20,
        minAge: 16,
        skills: ["казахский язык"],
        mode: "FIRST_COME",
      },
      {
        title: "Фотограф",
        description: "Снимает работу патруля и состояние троп для отчётов парку и соцсетей.",
        capacity: 3,
        minAge: 16,
        skills: ["фотосъёмка"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "ile-alatau-spruce-planting",
    organizerKey: "wild-nature-volunteers",
    title: "Осенняя посадка тянь-шанской ели в Иле-Алатауском нацпарке",
    description:
      "Вместе с лесничеством парка высаживали саженцы тянь-шанской ели на участках, пострадавших от ветровала. Лесники показывали, как правильно выкопать лунку и не повредить корни, волонтеры носили саженцы и воду по склону. За два дня высадили около 2 000 саженцев; корпоративная команда партнёра взяла на себя целый участок.",
    language: "ru",
    compositions: ["STUDENT", "CORPORATE", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: ["TAZA_ALEM"],
    region: "ALMATY_REGION",
    settlement: "Иле-Алатауский национальный парк, Талгарский район",
    online: false,
    startOffsetDays: -35,
    lengthDays: 2,
    startHour: 8,
    status: "COMPLETED",
    contactName: "Алина Николаева",
    contactPhone: "+7 707 315 62 10",
    roles: [
      {
        title: "Волонтер на посадке",
        description: "Высаживает саженцы под руководством лесника.",
        capacity: 60,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- "Aktobe, breathe!" (AKTOBE) ----
  {
    key: "aktobe-tree-census",
    organizerKey: "aktobe-tynys-al",
    title: "Перепись деревьев Актобе",
    description:
      "Следим за всеми деревьями и кустарниками города, а не только за теми, что посадили сами. Волонтеры в парах обходят закреплённые улицы и отмечают каждое дерево в мобильном приложении: порода, состояние, повреждения, фото. Сообщаем о незаконных вырубках и «обрезке под пенёк», данные передаём в акимат и публикуем на открытой карте. Перед первым выходом — часовое обучение по определению пород в субботу в 11:00 в нашем офисе.",
    language: "ru",
    compositions: ["STUDENT", "SCHOOL", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    secondaryDirection: "PUBLIC_SPACES",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["TAZA_ALEM"],
    region: "AKTOBE",
    settlement: "Ақтөбе",
    online: false,
    startOffsetDays: 6,
    lengthDays: 180,
    startHour: 11,
    status: "PUBLISHED",
    contactName: "Жанар Құрманова",
    contactPhone: "+7 775 228 41 70",
    roles: [
      {
        title: "Учётчик деревьев",
        description: "Обходит закреплённый участок и заносит деревья в приложение.",
        capacity: 40,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Консультант-дендролог",
        description: "Проверяет спорные записи, проводит обучение новичков по определению пород и болезней деревьев.",
        capacity: 3,
        minAge: 18,
        skills: ["ботаника"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "aktobe-summer-watering",
    organizerKey: "aktobe-tynys-al",
    title: "Летний полив молодых деревьев",
    description:
      "В жару молодые деревья, высаженные весной, без полива погибают за пару недель. Собираемся по вечерам в 19:00 у сквера на проспекте Абилкайыр хана, водовозку даёт коммунальная служба, а мы поливаем из вёдер и рыхлим приствольные круги. Возьмите перчатки и удобную обувь, вёдра и лейки есть. Корпоративные команды можно записать целиком — напишите координатору.",
    language: "ru",
    compositions: ["CORPORATE", "SCHOOL", "GENERAL"],
    primaryDirection: "PUBLIC_SPACES",
    secondaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: ["TAZA_ALEM"],
    region: "AKTOBE",
    settlement: "Ақтөбе",
    online: false,
    startOffsetDays: 21,
    lengthDays: 45,
    startHour: 19,
    status: "PUBLISHED",
    contactName: "Виктор Лебедев",
    contactPhone: "+7 775 228 41 71",
    roles: [
      {
        title: "Волонтер на поливе",
        description: "Поливает и рыхлит приствольные круги на закреплённой улице.",
        capacity: 50,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },
  {
    key: "aktobe-media-team",
    organizerKey: "aktobe-tynys-al",
    title: "«Ағаш — қала тынысы»: медиа-команда",
    description:
      "Қаладағы жасыл желектің жайын тұрғындарға жеткізетін медиа-команда жинаймыз. Волонтерлер заңсыз немесе дұрыс кесілмеген ағаштарды суретке түсіреді, қысқа видеолар мен посттар дайындайды, Instagram мен Telegram арналарымызды жүргізеді. Айына бір рет ағаш күтімі туралы қазақ және орыс тілдерінде ақпараттық материал шығарамыз. Өз смартфоныңыз болса жеткілікті, монтажды өзіміз үйретеміз.",
    language: "kk",
    compositions: ["STUDENT", "SCHOOL"],
    primaryDirection: "MEDIA",
    secondaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["TAZA_ALEM"],
    region: "AKTOBE",
    settlement: "Ақтөбе",
    online: false,
    startOffsetDays: 12,
    lengthDays: 120,
    startHour: 16,
    status: "PUBLISHED",
    contactName: "Ақбота Жұмабаева",
    contactPhone: "+7 775 228 41 72",
    roles: [
      {
        title: "Фототілші",
        description: "Қала көшелеріндегі ағаштардың жай-күйін суретке түсіріп, қысқа сипаттама жазады.",
        capacity: 5,
        minAge: 16,
        skills: ["фотосъёмка"],
        mode: "REVIEW",
      },
      {
        title: "SMM-волонтер",
        description: "Арналарға посттар мен сторис дайындайды, тұрғындардың хабарламаларына жауап береді.",
        capacity: 3,
        minAge: 16,
        skills: ["SMM", "копирайтинг"],
        mode: "REVIEW",
      },
      {
        title: "Видеомонтажшы",
        description: "Қысқа видеоларды монтаждайды.",
        capacity: 3,
        minAge: 16,
        skills: ["видеосъёмка и монтаж"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Yntymak Atyrau (ATYRAU) ----
  {
    key: "yntymak-english-club",
    organizerKey: "yntymak-atyrau",
    title: "English Club for the Youth Home and the orphanage",
    description:
      "Together with corporate volunteers from our partner company, Yntymak Atyrau has for many years run free English classes for children from the Youth Home and the orphanage and for students of Atyrau colleges. Lessons take place twice a week at 16:00 in groups of 6–8 learners, following our own beginner-to-intermediate programme. Volunteer tutors need at least B2 English and should commit to one semester; teaching assistants run games and speaking practice. Training and lesson plans are provided.",
    language: "en",
    compositions: ["CORPORATE", "PRO_BONO", "STUDENT"],
    primaryDirection: "EDUCATIONAL",
    secondaryDirection: "SOCIAL",
    socialSubtype: "CHILDREN_FAMILIES",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["BILIM", "SABAQTASTYQ"],
    region: "ATYRAU",
    settlement: "Атырау",
    online: false,
    startOffsetDays: 15,
    lengthDays: 120,
    startHour: 16,
    status: "PUBLISHED",
    contactName: "Saltanat Ermekova",
    contactPhone: "+7 701 733 20 15",
    roles: [
      {
        title: "Volunteer English tutor",
        description: "Leads a small group through the programme twice a week for one semester.",
        capacity: 12,
        minAge: 18,
        skills: ["английский язык", "преподавание"],
        mode: "REVIEW",
      },
      {
        title: "Teaching assistant",
        description: "Helps the tutor with games, speaking practice and homework checks.",
        capacity: 10,
        minAge: 16,
        skills: ["английский язык"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "yntymak-school-mentors",
    organizerKey: "yntymak-atyrau",
    title: "Мектеп волонтерлеріне тәлімгерлік: әлеуметтік волонтерлікке алғашқы қадам",
    description:
      "Тәжірибелі волонтерлеріміз Атыраудағы мектептердің волонтерлік клубтарымен бірге жұмыс істейді. Оқушылар алдымен волонтерліктің қағидаттары мен бағыттары туралы үш сабақ өтеді, кейін тәлімгермен бірге қарттар үйіне және әлеуметтік қызмет көрсету орталығына барып, нақты көмекке араласады. Мақсат — сенбіліктер мен «лайк үшін» акциялардан гөрі шынайы әлеуметтік волонтерлікке үйрету. Тәлімгерден аптасына 3 сағат уақыт талап етіледі.",
    language: "kk",
    compositions: ["SCHOOL", "STUDENT"],
    primaryDirection: "EDUCATIONAL",
    secondaryDirection: "SOCIAL",
    socialSubtype: "ELDERLY",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: ["QAMQOR"],
    region: "ATYRAU",
    settlement: "Атырау",
    online: false,
    startOffsetDays: 25,
    lengthDays: 90,
    startHour: 15,
    status: "PUBLISHED",
    contactName: "Ерлан Төлеубаев",
    contactPhone: "+7 701 733 20 14",
    roles: [
      {
        title: "Тәлімгер-волонтер",
        description: "5–7 оқушыдан тұратын топқа жетекшілік етіп, оларды әлеуметтік мекемелерге ертіп барады.",
        capacity: 10,
        minAge: 18,
        skills: ["работа с детьми", "публичные выступления"],
        mode: "REVIEW",
      },
      {
        title: "Мектеп волонтері",
        description: "Сабақтарға қатысып, тәлімгермен бірге қарттар үйіндегі іс-шараларға көмектеседі.",
        capacity: 40,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },
  {
    key: "zhaiyk-fry-rescue",
    organizerKey: "yntymak-atyrau",
    title: "Жайық шабақтарын құтқару",
    description:
      "Көктемгі тасқыннан кейін Жайық өзенінің жайылмасындағы шалшықтарда мыңдаған балық шабағы қалып қояды: су тартылған соң олар қырылады. Жыл сайынғы дәстүр бойынша шабақтарды шелекпен жинап, өзенге қайта жібереміз. Жиналу орны — Атыраудағы Жайық жағалауы, жаяу жүргіншілер көпірінің жанында, сағат 9:00. Резеңке етік, шелек және ұзын қолғап алып келіңіз. Балалар ата-анасымен бірге келе алады.",
    language: "kk",
    compositions: ["SCHOOL", "GENERAL"],
    primaryDirection: "ANIMAL",
    secondaryDirection: "ENVIRONMENTAL",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: ["AYALA"],
    region: "ATYRAU",
    settlement: "Атырау",
    online: false,
    startOffsetDays: 33,
    lengthDays: 1,
    startHour: 9,
    status: "PUBLISHED",
    contactName: "Жандос Мамыров",
    contactPhone: "+7 701 733 20 16",
    roles: [
      {
        title: "Шабақ құтқарушы волонтер",
        description: "Шалшықтардан шабақтарды шелекпен жинап, өзенге тасиды.",
        capacity: 100,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Топ үйлестірушісі",
        description: "Жағалаудың бір бөлігіне жауап беріп, балалардың суға жақындамауын қадағалайды.",
        capacity: 8,
        minAge: 18,
        skills: ["первая помощь"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Dos Community (online) ----
  {
    key: "dos-pro-bono-requests",
    organizerKey: "dos-community",
    title: "Pro bono для НКО: открытые запросы Dos Community",
    description:
      "На платформе Dos Community некоммерческие организации со всего Казахстана размещают запросы на помощь в операционных задачах: логотип и презентация, аудит соцсетей, консультация бухгалтера, договор с донором, настройка CRM. Профессионалы выбирают задачу по своему профилю и выполняют её удалённо, обычно за 5–20 часов. Мы проверяем НКО, помогаем сформулировать техзадание и сопровождаем проект до сдачи результата. Присоединяйтесь, если у вас есть опыт работы в своей сфере от двух лет.",
    language: "ru",
    compositions: ["PRO_BONO", "CORPORATE"],
    primaryDirection: "CIVIL_SOCIETY",
    scope: "NATIONAL",
    duration: "ONGOING",
    birgemiz: [],
    region: "ALMATY_CITY",
    online: true,
    startOffsetDays: 3,
    lengthDays: 180,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Мадина Бекова",
    contactPhone: "+7 777 190 44 63",
    roles: [
      {
        title: "Дизайнер",
        description: "Логотипы, фирменный стиль, презентации и отчёты для НКО.",
        capacity: 15,
        minAge: 18,
        skills: ["дизайн"],
        mode: "REVIEW",
      },
      {
        title: "Юрист",
        description: "Проверка уставов и договоров, консультации по закону о НКО и благотворительности.",
        capacity: 10,
        minAge: 18,
        skills: ["юридические консультации"],
        mode: "REVIEW",
      },
      {
        title: "Бухгалтер / финансист",
        description: "Консультации по учёту, налоговой отчётности НКО и отчётам по грантам.",
        capacity: 8,
        minAge: 18,
        skills: ["бухгалтерия"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "dos-ngo-mentoring",
    organizerKey: "dos-community",
    title: "Online mentoring for Central Asian NGO leaders",
    description:
      "A three-month online programme that pairs leaders of small NGOs and initiative groups from Kazakhstan, Kyrgyzstan and Uzbekistan with experienced professionals, including Kazakhstani specialists working abroad. Each pair meets online for an hour every two weeks to work on strategy, fundraising, financial management or communications. Mentors get a short onboarding session and a mentoring guide; sessions can be held in English, Russian or Kazakh.",
    language: "en",
    compositions: ["PRO_BONO", "INTERNATIONAL"],
    primaryDirection: "CIVIL_SOCIETY",
    secondaryDirection: "EDUCATIONAL",
    scope: "INTERNATIONAL",
    duration: "PROJECT",
    birgemiz: [],
    region: "ALMATY_CITY",
    online: true,
    startOffsetDays: 45,
    lengthDays: 90,
    startHour: 19,
    status: "SUBMITTED",
    contactName: "Madina Bekova",
    contactPhone: "+7 777 190 44 63",
    roles: [
      {
        title: "NGO mentor",
        description: "Mentors one NGO leader for three months, six one-hour sessions.",
        capacity: 25,
        minAge: 18,
        skills: ["управление проектами", "фандрайзинг"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Petroglyph Hunters (ALMATY_REGION) ----
  {
    key: "petroglyph-expedition-ile",
    organizerKey: "petroglyph-hunters",
    title: "Петроглифтерді іздеу экспедициясы: Іле өзенінің аңғары",
    description:
      "Іле өзенінің аңғарындағы әлі зерттелмеген шатқалдарда петроглиф шоғырларын іздеп, тіркейміз: волонтерлер әр тасты суретке түсіреді, GPS координатасын белгілейді, сипаттама карточкасын толтырады, маңайдағы обаларды картаға түсіреді. Деректерді Ә. Х. Марғұлан атындағы Археология институтына және облыстық мәдениет басқармасына тапсырамыз. Экспедиция 4 күнге созылады, шатырда түнейміз: ұйықтайтын қап, трекинг аяқ киім, бас киім және күннен қорғайтын крем алып келіңіз. Петроглифтерге қол тигізуге, оларды бояуға немесе тазалауға қатаң тыйым салынады.",
    language: "kk",
    compositions: ["STUDENT", "PRO_BONO", "GENERAL"],
    primaryDirection: "ETHNIC",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["ASYL_MURA"],
    region: "ALMATY_REGION",
    settlement: "Қонаев (жиналу орны)",
    online: false,
    startOffsetDays: 28,
    lengthDays: 4,
    startHour: 7,
    status: "PUBLISHED",
    contactName: "Асқар Омаров",
    contactPhone: "+7 702 561 08 37",
    roles: [
      {
        title: "Фототіркеуші",
        description: "Әр петроглифті масштабпен және әртүрлі жарықта суретке түсіреді.",
        capacity: 4,
        minAge: 18,
        skills: ["фотосъёмка"],
        mode: "REVIEW",
      },
      {
        title: "Картограф",
        description: "Нысандардың координаталарын жазып, күн сайын картаны жаңартады.",
        capacity: 3,
        minAge: 18,
        skills: ["навигация и GPS", "картография (ГИС)"],
        mode: "REVIEW",
      },
      {
        title: "Экспедиция көмекшісі",
        description: "Сипаттама карточкаларын толтырады, лагерьді орнатуға және тамақ дайындауға көмектеседі.",
        capacity: 6,
        minAge: 18,
        skills: [],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "petroglyph-archive-digitization",
    organizerKey: "petroglyph-hunters",
    title: "Оцифровка архива экспедиций",
    description:
      "За несколько сезонов у нас накопились тысячи фотографий петроглифов и полевые дневники, которые нужно привести в порядок. Волонтеры удалённо сверяют фотографии с координатами, заполняют единую таблицу-каталог и размечают сюжеты изображений (животные, колесницы, сцены охоты) по нашему справочнику. Нужен компьютер и 3–4 часа в неделю; перед стартом проведём онлайн-встречу и дадим инструкцию.",
    language: "ru",
    compositions: ["STUDENT", "SILVER", "INCLUSIVE"],
    primaryDirection: "ETHNIC",
    scope: "NATIONAL",
    duration: "ONGOING",
    birgemiz: ["ASYL_MURA"],
    region: "ALMATY_REGION",
    online: true,
    startOffsetDays: 60,
    lengthDays: 120,
    startHour: 19,
    status: "DRAFT",
    contactName: "Айдана Ержанова",
    contactPhone: "+7 702 561 08 38",
    roles: [
      {
        title: "Волонтер-каталогизатор",
        description: "Заполняет каталог по фотографиям и полевым дневникам.",
        capacity: 15,
        minAge: 16,
        skills: ["работа в Excel"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Best For Kids (ALMATY_CITY) ----
  {
    key: "bfk-mentor-program",
    organizerKey: "best-for-kids",
    title: "Наставник для подростка из детского дома",
    description:
      "Ищем взрослых, готовых минимум на год стать наставником для подростка 12–17 лет из детского дома в Алматы. Наставник встречается с подопечным раз в неделю: помогает с учёбой, выбором профессии, бытовыми навыками или просто проводит время вместе. Перед началом — анкета, собеседование с психологом, справка об отсутствии судимости и трёхдневное обучение; дальше вас сопровождает куратор фонда. Это серьёзное обязательство: ребёнку, который уже пережил потерю взрослых, важно, чтобы вы не исчезли.",
    language: "ru",
    compositions: ["GENERAL", "PRO_BONO"],
    primaryDirection: "SOCIAL",
    socialSubtype: "CHILDREN_FAMILIES",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["SABAQTASTYQ"],
    region: "ALMATY_CITY",
    settlement: "Алматы",
    online: false,
    startOffsetDays: 20,
    lengthDays: 365,
    startHour: 11,
    status: "PUBLISHED",
    contactName: "Ирина Соколова",
    contactPhone: "+7 707 844 52 11",
    roles: [
      {
        title: "Наставник",
        description: "Еженедельные встречи с подопечным в течение года под сопровождением куратора.",
        capacity: 20,
        minAge: 18,
        skills: ["работа с детьми"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "bfk-art-workshops",
    organizerKey: "best-for-kids",
    title: "Балалар ауылында шығармашылық шеберханалар",
    description:
      "Алматыдағы балалар ауылының тәрбиеленушілеріне арналған шығармашылық шеберханаларға суретші, музыкант және актер волонтерлерді шақырамыз. Әр сенбі сағат 11:00-де 7–14 жастағы балалармен кескіндеме, керамика, домбыра немесе театр сабағын өткіземіз. Материалдарды қор береді, сізден — сабақ жоспары мен балаларға деген ықылас. Маусым соңында балалардың жұмыстарынан көрме және шағын концерт ұйымдастырамыз.",
    language: "kk",
    compositions: ["PRO_BONO", "STUDENT"],
    primaryDirection: "ARTS",
    secondaryDirection: "SOCIAL",
    socialSubtype: "CHILDREN_FAMILIES",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: ["SABAQTASTYQ"],
    region: "ALMATY_CITY",
    settlement: "Алматы",
    online: false,
    startOffsetDays: 16,
    lengthDays: 60,
    startHour: 11,
    status: "PUBLISHED",
    contactName: "Томирис Бейсенова",
    contactPhone: "+7 707 844 52 12",
    roles: [
      {
        title: "Шеберхана жүргізушісі",
        description: "Өз саласы бойынша сенбі сайын бір сағаттық сабақ өткізеді.",
        capacity: 8,
        minAge: 18,
        skills: ["преподавание", "работа с детьми"],
        mode: "REVIEW",
      },
      {
        title: "Көмекші волонтер",
        description: "Материалдарды дайындап, сабақ кезінде балаларға көмектеседі.",
        capacity: 10,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- Ana Uyi (SHYMKENT) ----
  {
    key: "mama-uyi-support",
    organizerKey: "ana-uyi",
    title: "«Мама үйі»: жас аналарға қолдау",
    description:
      "«Мама үйі» жаңа туған нәрестесімен қиын жағдайда қалған аналарды және баласынан бас тарту қаупі бар отбасыларды қолдайды. Шымкенттегі үйімізге нәресте күтіміне көмектесетін, анаға демалуға уақыт беретін және тұрмыстық шаруаларға қол ұшын созатын волонтерлер керек. Психолог пен заңгер волонтерлер аналармен жеке кеңес жүргізеді. Кезекшілік аптасына бір рет, 4 сағат; алдымен қордың нұсқаулығынан өтесіз.",
    language: "kk",
    compositions: ["GENERAL", "PRO_BONO"],
    primaryDirection: "SOCIAL",
    socialSubtype: "CRISIS_CENTERS",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: [],
    region: "SHYMKENT",
    settlement: "Шымкент",
    online: false,
    startOffsetDays: 8,
    lengthDays: 180,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Гүлмира Әбенова",
    contactPhone: "+7 778 402 67 91",
    roles: [
      {
        title: "Кезекші волонтер",
        description: "Нәресте күтіміне және үйдегі шаруаларға көмектеседі.",
        capacity: 12,
        minAge: 18,
        skills: ["работа с детьми"],
        mode: "REVIEW",
      },
      {
        title: "Психолог (pro bono)",
        description: "Аналармен жеке кеңес және қолдау топтарын өткізеді.",
        capacity: 3,
        minAge: 18,
        skills: ["психологическая поддержка"],
        mode: "REVIEW",
      },
      {
        title: "Заңгер (pro bono)",
        description: "Жәрдемақы, алимент, құжаттарды қалпына келтіру мәселелері бойынша кеңес береді.",
        capacity: 3,
        minAge: 18,
        skills: ["юридические консультации"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "mama-uyi-baby-drive",
    organizerKey: "ana-uyi",
    title: "Сбор детских вещей и подгузников для мам в трудной ситуации",
    description:
      "Проводим однодневный сбор для подопечных «Мама үйі»: подгузники 1–3 размера, детские смеси, одежда для малышей до года в хорошем состоянии, средства гигиены. Волонтеры принимают вещи на пункте сбора в торговом центре, сортируют их по размерам и упаковывают в адресные наборы для 40 семей. Смены 10:00–14:00 и 14:00–18:00. Корпоративные команды могут взять на себя целую смену.",
    language: "ru",
    compositions: ["CORPORATE", "STUDENT", "GENERAL"],
    primaryDirection: "SOCIAL",
    socialSubtype: "HUMANITARIAN_AID",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: [],
    region: "SHYMKENT",
    settlement: "Шымкент",
    online: false,
    startOffsetDays: 24,
    lengthDays: 1,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Камила Исаева",
    contactPhone: "+7 778 402 67 92",
    roles: [
      {
        title: "Волонтер на приёме вещей",
        description: "Встречает жертвователей, принимает и проверяет вещи.",
        capacity: 16,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Сортировщик и упаковщик",
        description: "Сортирует вещи по размерам и собирает наборы для семей.",
        capacity: 20,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- 28 Loops Club (KARAGANDA) ----
  {
    key: "knitting-for-preemies",
    organizerKey: "klub-28-petel",
    title: "Вязание для недоношенных малышей",
    description:
      "Вяжем для недоношенных малышей перинатального центра Караганды шапочки, носочки и «осьминожек» — игрушки, за щупальца которых малыши держатся вместо трубок и датчиков. Вязать можно дома по нашим схемам, только из гипоаллергенной хлопковой пряжи; готовые изделия раз в месяц собираем, стираем и передаём в отделение выхаживания. По вторникам в 15:00 встречаемся в читальном зале областной библиотеки — приходите научиться, если пока не умеете. Особенно ждём бабушек и всех, кто любит рукоделие.",
    language: "ru",
    compositions: ["SILVER", "GENERAL", "INCLUSIVE"],
    primaryDirection: "MEDICAL",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["SAULYQ", "SILVER_VOLUNTEERING"],
    region: "KARAGANDA",
    settlement: "Караганда",
    online: false,
    startOffsetDays: 7,
    lengthDays: 180,
    startHour: 15,
    status: "PUBLISHED",
    contactName: "Галина Шмидт",
    contactPhone: "+7 701 618 93 25",
    roles: [
      {
        title: "Вязальщица / вязальщик",
        description: "Вяжет изделия по схемам клуба дома или на встречах.",
        capacity: 60,
        minAge: 14,
        skills: ["вязание"],
        mode: "FIRST_COME",
      },
      {
        title: "Волонтер по сбору и стирке изделий",
        description: "Раз в месяц собирает изделия, стирает и упаковывает их по требованиям перинатального центра.",
        capacity: 4,
        minAge: 18,
        skills: [],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "prematurity-day-marathon",
    organizerKey: "klub-28-petel",
    title: "Вязальный марафон ко Всемирному дню недоношенных детей",
    description:
      "17 ноября — Всемирный день недоношенных детей. Готовим открытый вязальный марафон в торговом центре: вяжем вместе, рассказываем родителям и прохожим, как поддержать семьи с недоношенными малышами, и собираем пряжу для клуба. Нужны волонтеры на стенд, мастерицы для мастер-классов и фотограф. Точное место и время уточняем.",
    language: "ru",
    compositions: ["SILVER", "SCHOOL", "GENERAL"],
    primaryDirection: "EVENT",
    secondaryDirection: "MEDICAL",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: ["SILVER_VOLUNTEERING"],
    region: "KARAGANDA",
    settlement: "Караганда",
    online: false,
    startOffsetDays: 70,
    lengthDays: 1,
    startHour: 12,
    status: "DRAFT",
    contactName: "Людмила Егорова",
    contactPhone: "+7 701 618 93 26",
    roles: [
      {
        title: "Волонтер на стенде",
        description: "Рассказывает посетителям о клубе и принимает пряжу.",
        capacity: 8,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Ведущая мастер-класса",
        description: "Учит желающих вязать простую шапочку.",
        capacity: 4,
        minAge: 16,
        skills: ["вязание", "преподавание"],
        mode: "REVIEW",
      },
      {
        title: "Фотограф",
        description: "Снимает марафон для соцсетей клуба и перинатального центра.",
        capacity: 3,
        minAge: 16,
        skills: ["фотосъёмка"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Kazygurt English Club (TURKISTAN) ----
  {
    key: "kazygurt-english-for-all",
    organizerKey: "kazygurt-english",
    title: "Қазығұртта ағылшын тілі: барлығына ашық сабақтар",
    description:
      "Қазығұрт ауылында бірнеше жыл бойы ағылшын тілін үйренгісі келетін әр адамға тегін сабақ беріп келеміз. Жаңа оқу маусымына әртүрлі деңгейдегі топтарға сабақ беретін волонтер-мұғалімдер мен сөйлесу клубын жүргізушілерді іздейміз. Сабақтар дүйсенбі, сәрсенбі және жұма күндері 17:00-де мектеп ғимаратында өтеді. Шетелдік волонтерлер мен басқа қалалардан келетін мұғалімдерге де қуаныштымыз, тұрғын үй табуға көмектесеміз.",
    language: "kk",
    compositions: ["STUDENT", "INTERNATIONAL", "PRO_BONO", "SCHOOL"],
    primaryDirection: "EDUCATIONAL",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["BILIM"],
    region: "TURKISTAN",
    settlement: "Қазығұрт",
    online: false,
    startOffsetDays: 30,
    lengthDays: 240,
    startHour: 17,
    status: "PUBLISHED",
    contactName: "Бауыржан Сәрсенбаев",
    contactPhone: "+7 747 305 11 82",
    roles: [
      {
        title: "Волонтер-мұғалім",
        description: "Бір топқа аптасына үш рет сабақ береді, бағдарламаны клуб ұсынады.",
        capacity: 8,
        minAge: 18,
        skills: ["английский язык", "преподавание"],
        mode: "REVIEW",
      },
      {
        title: "Сөйлесу клубының жүргізушісі",
        description: "Жұма күндері ағылшынша ойындар мен пікірталас өткізеді.",
        capacity: 6,
        minAge: 16,
        skills: ["английский язык"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Kostanay volunteer search-and-rescue team (KOSTANAY) ----
  {
    key: "kostanay-flood-prevention",
    organizerKey: "kostanay-rescue",
    title: "Противопаводковые работы: мешки, снег, водоотводы",
    description:
      "Готовим населённые пункты Костанайской области к весеннему паводку вместе с ДЧС. Волонтеры наполняют и укладывают мешки с песком, расчищают от снега дворы одиноких пенсионеров в зоне подтопления и водопропускные трубы, разносят жителям памятки. Выезд из Костаная на транспорте ДЧС в 8:00, возвращение к 18:00; обед и горячий чай на месте. Обязателен инструктаж по технике безопасности; нужна тёплая непромокаемая обувь и рабочие перчатки. Только 18+.",
    language: "ru",
    compositions: ["GENERAL", "STUDENT"],
    primaryDirection: "EMERGENCY",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["UMIT"],
    region: "KOSTANAY",
    settlement: "Костанай и районы области",
    online: false,
    startOffsetDays: 35,
    lengthDays: 21,
    startHour: 8,
    status: "PUBLISHED",
    contactName: "Андрей Морозов",
    contactPhone: "+7 705 462 30 17",
    roles: [
      {
        title: "Волонтер противопаводковых работ",
        description: "Мешки с песком, уборка снега, расчистка водоотводов в составе группы.",
        capacity: 120,
        minAge: 18,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Старший группы",
        description: "Отвечает за 10 волонтеров на выезде, держит связь со штабом ДЧС.",
        capacity: 10,
        minAge: 18,
        skills: ["первая помощь"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "kostanay-search-team",
    organizerKey: "kostanay-rescue",
    title: "Жоғалған адамдарды іздеу тобы",
    description:
      "Жоғалған балаларды, қарттарды және мүмкіндігі шектеулі адамдарды іздеуге полиция мен ТЖД қызметкерлерімен бірге шығамыз. Топқа қосылу үшін алдымен екі күндік дайындықтан өту керек: навигация, рациямен жұмыс, алғашқы көмек, орманда және далада тізбекпен іздеу. Хабар түскенде Telegram-чат арқылы жиналамыз, сондықтан тез шыға алатын адамдар қажет. Колл-орталыққа және үгіт парақтарын таратуға да волонтерлер керек. Тек 18 жастан асқандар.",
    language: "kk",
    compositions: ["GENERAL"],
    primaryDirection: "SEARCH_RESCUE",
    scope: "REGIONAL",
    duration: "ONGOING",
    birgemiz: ["UMIT"],
    region: "KOSTANAY",
    settlement: "Қостанай",
    online: false,
    startOffsetDays: 11,
    lengthDays: 365,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Темірлан Нұрланов",
    contactPhone: "+7 705 462 30 18",
    roles: [
      {
        title: "Іздеуші",
        description: "Далада және орманда іздеу тобы құрамында жұмыс істейді.",
        capacity: 40,
        minAge: 18,
        skills: ["первая помощь", "навигация и GPS"],
        mode: "REVIEW",
      },
      {
        title: "Колл-орталық операторы",
        description: "Қоңырауларды қабылдап, іздеу штабына ақпарат береді.",
        capacity: 8,
        minAge: 18,
        skills: [],
        mode: "REVIEW",
      },
      {
        title: "Жүргізуші (жеке көлікпен)",
        description: "Іздеушілерді іздеу аумағына жеткізеді.",
        capacity: 10,
        minAge: 18,
        skills: ["вождение (кат. B)"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "kostanay-heating-season-raid",
    organizerKey: "kostanay-rescue",
    title: "Рейд «Безопасный отопительный сезон»",
    description:
      "Вместе с инспекторами ДЧС обходили дома частного сектора Костаная: с жителями проверяли печи и дымоходы, раздавали памятки о пожарной безопасности и угарном газе, записывали адреса одиноких пенсионеров, которым нужна помощь с установкой датчиков дыма. За три дня обошли около 600 дворов.",
    language: "ru",
    compositions: ["STUDENT", "GENERAL"],
    primaryDirection: "EMERGENCY",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: ["UMIT"],
    region: "KOSTANAY",
    settlement: "Костанай",
    online: false,
    startOffsetDays: -40,
    lengthDays: 3,
    startHour: 10,
    status: "COMPLETED",
    contactName: "Андрей Морозов",
    contactPhone: "+7 705 462 30 17",
    roles: [
      {
        title: "Волонтер рейда",
        description: "Обходит дома в паре с инспектором ДЧС.",
        capacity: 30,
        minAge: 18,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- Auyl Jastary (KYZYLORDA) ----
  {
    key: "auyl-community-field",
    organizerKey: "auyl-jastary",
    title: "Жастар егістігі: мұқтаж отбасыларға өнім",
    description:
      "Ауыл әкімдігі жастарға егістік алқабы мен екі трактор бөлді. Көктемде жерді жыртып, картоп, жүгері, қарбыз, қауын және асқабақ егеміз, жазда суарып, арамшөп отаймыз, күзде өнімді бірге жинаймыз. Өнімнің бір бөлігі ауылдағы аз қамтылған отбасыларға таратылады, артығын сатып, түскен қаржыны Мәдениет үйін жөндеуге жұмсаймыз. Жұмыс таңертең 7:00-де басталады, түскі ас беріледі; бас киім мен су алып жүріңіз.",
    language: "kk",
    compositions: ["SCHOOL", "STUDENT", "GENERAL"],
    primaryDirection: "SOCIAL",
    socialSubtype: "HUMANITARIAN_AID",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: [],
    region: "KYZYLORDA",
    settlement: "Шиелі ауданы",
    online: false,
    startOffsetDays: 13,
    lengthDays: 150,
    startHour: 7,
    status: "PUBLISHED",
    contactName: "Дәулет Ибраев",
    contactPhone: "+7 776 118 54 02",
    roles: [
      {
        title: "Егістік волонтері",
        description: "Егуге, суаруға, арамшөп отауға және өнім жинауға қатысады. Техникамен жұмысқа тартылмайды.",
        capacity: 30,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Өнім тарату волонтері",
        description: "Әкімдік берген тізім бойынша отбасыларға өнімді жеткізеді.",
        capacity: 10,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- Dobrye Lapy animal shelter (PAVLODAR) ----
  {
    key: "pavlodar-shelter-help",
    organizerKey: "dobrye-lapy",
    title: "Помощь приюту: выгул, уборка вольеров, социализация",
    description:
      "В приюте на окраине Павлодара живут около 200 собак и 60 кошек. Волонтеры выгуливают собак, убирают вольеры, помогают кормить, приучают пугливых животных к рукам и фотографируют их для объявлений о пристройстве. Смены по субботам и воскресеньям с 10:00 до 14:00; от последней остановки автобуса до приюта 10 минут пешком. Одевайтесь в то, что не жалко; подростки 14–17 лет приходят с согласием родителей.",
    language: "ru",
    compositions: ["SCHOOL", "STUDENT", "GENERAL"],
    primaryDirection: "ANIMAL",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["AYALA"],
    region: "PAVLODAR",
    settlement: "Павлодар",
    online: false,
    startOffsetDays: 3,
    lengthDays: 180,
    startHour: 10,
    status: "PUBLISHED",
    contactName: "Наталья Волкова",
    contactPhone: "+7 702 937 46 58",
    roles: [
      {
        title: "Волонтер по уходу за животными",
        description: "Выгул, уборка вольеров, кормление.",
        capacity: 25,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Фотограф для объявлений",
        description: "Снимает животных для объявлений о пристройстве.",
        capacity: 3,
        minAge: 16,
        skills: ["фотосъёмка"],
        mode: "REVIEW",
      },
    ],
  },
  {
    key: "pavlodar-canistherapy",
    organizerKey: "dobrye-lapy",
    title: "Канистерапия для детей с особыми потребностями",
    description:
      "Раз в неделю с обученными собаками приюта приезжаем в реабилитационный центр для детей с особыми потребностями. Занятие ведёт кинолог, а волонтеры помогают детям познакомиться с собакой, погладить, покормить её и выполнить простые упражнения — это снижает тревожность и развивает моторику. Нужны спокойные и внимательные волонтеры 18+; обязательно обучение у кинолога и специалиста центра. Занятия по средам в 11:00.",
    language: "ru",
    compositions: ["GENERAL", "PRO_BONO"],
    primaryDirection: "SOCIAL",
    secondaryDirection: "ANIMAL",
    socialSubtype: "SPECIAL_NEEDS",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["AYALA"],
    region: "PAVLODAR",
    settlement: "Павлодар",
    online: false,
    startOffsetDays: 17,
    lengthDays: 120,
    startHour: 11,
    status: "PUBLISHED",
    contactName: "Евгений Фёдоров",
    contactPhone: "+7 702 937 46 59",
    roles: [
      {
        title: "Ассистент канистерапевта",
        description: "Помогает кинологу на занятии, работает с ребёнком и собакой.",
        capacity: 6,
        minAge: 18,
        skills: ["работа с детьми", "работа с животными"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Svet Ryadom (EAST_KAZAKHSTAN, awaiting verification) ----
  {
    key: "oskemen-hospice-volunteers",
    organizerKey: "svet-ryadom",
    title: "Волонтеры хосписного отделения",
    description:
      "Ищем волонтеров для хосписного отделения в Усть-Каменогорске: побыть рядом с пациентом, почитать вслух, помочь с прогулкой на коляске, поддержать родственников, присмотреть за детьми, пока родители у постели близкого. Медицинские манипуляции волонтеры не выполняют. Перед началом — собеседование, обучение основам паллиативного ухода и психологической безопасности, медицинская книжка. Дежурства по 2–3 часа в удобный день недели.",
    language: "ru",
    compositions: ["GENERAL", "PRO_BONO"],
    primaryDirection: "SOCIAL",
    secondaryDirection: "MEDICAL",
    socialSubtype: "HOSPICE",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["SAULYQ"],
    region: "EAST_KAZAKHSTAN",
    settlement: "Усть-Каменогорск",
    online: false,
    startOffsetDays: 30,
    lengthDays: 180,
    startHour: 14,
    status: "SUBMITTED",
    contactName: "Елена Кузнецова",
    contactPhone: "+7 705 771 29 84",
    roles: [
      {
        title: "Волонтер у постели пациента",
        description: "Общение, чтение, прогулки, помощь с едой по просьбе медсестры.",
        capacity: 15,
        minAge: 18,
        skills: ["уход за пожилыми"],
        mode: "REVIEW",
      },
      {
        title: "Волонтер поддержки семьи",
        description: "Поддерживает родственников пациентов, присматривает за детьми.",
        capacity: 5,
        minAge: 18,
        skills: ["психологическая поддержка"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Jasyl Semey (ABAI, awaiting verification) ----
  {
    key: "semey-forest-restoration",
    organizerKey: "jasyl-semey",
    title: "Өрттен кейін қарағайлы орманды қалпына келтіру",
    description:
      "Абай облысындағы өрттен зардап шеккен қарағайлы орман алқаптарын қалпына келтіруге көмектесеміз. Орман шаруашылығы мамандарымен бірге тұқым жинап, питомникте көшет өсіреміз, ал көктемде өрт шалған жерлерге отырғызамыз. Семейден автобус сағат 7:30-да шығады; жұмыс қолғабы, бас киім, ыңғайлы киім мен су алып келіңіз. Күрек пен көшеттерді орман шаруашылығы береді.",
    language: "kk",
    compositions: ["STUDENT", "CORPORATE", "GENERAL"],
    primaryDirection: "ENVIRONMENTAL",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["TAZA_ALEM"],
    region: "ABAI",
    settlement: "Семей",
    online: false,
    startOffsetDays: 50,
    lengthDays: 30,
    startHour: 7,
    status: "DRAFT",
    contactName: "Ернұр Қасымов",
    contactPhone: "+7 747 620 93 41",
    roles: [
      {
        title: "Көшет отырғызушы",
        description: "Орманшының нұсқауымен өрт шалған алқапқа көшет отырғызады.",
        capacity: 80,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Питомник волонтері",
        description: "Тұқым себуге және көшеттерді суаруға көмектеседі.",
        capacity: 10,
        minAge: 16,
        skills: ["ботаника"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Silver volunteers of Petropavl (NORTH_KAZAKHSTAN) ----
  {
    key: "petropavl-nordic-walking",
    organizerKey: "silver-petropavl",
    title: "Скандинавская ходьба 60+",
    description:
      "Наши «серебряные» волонтеры — бывшие учителя физкультуры и медсёстры на пенсии — три раза в неделю проводят бесплатные тренировки по скандинавской ходьбе для пожилых жителей Петропавловска. Сбор в 9:00 у главного входа в центральный парк, палки выдаём. Ищем ещё инструкторов и помощников, которые проследят за самочувствием группы и помогут новичкам. Перед стартом — инструктаж по технике ходьбы и первой помощи.",
    language: "ru",
    compositions: ["SILVER", "GENERAL"],
    primaryDirection: "SPORTS",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: ["SILVER_VOLUNTEERING"],
    region: "NORTH_KAZAKHSTAN",
    settlement: "Петропавловск",
    online: false,
    startOffsetDays: 6,
    lengthDays: 150,
    startHour: 9,
    status: "PUBLISHED",
    contactName: "Валентина Степанова",
    contactPhone: "+7 777 583 12 66",
    roles: [
      {
        title: "Инструктор по скандинавской ходьбе",
        description: "Ведёт группу до 15 человек, показывает технику и разминку.",
        capacity: 6,
        minAge: 18,
        skills: ["спортивный тренер"],
        mode: "REVIEW",
      },
      {
        title: "Помощник группы",
        description: "Идёт в конце группы, следит за самочувствием участников.",
        capacity: 10,
        minAge: 16,
        skills: ["первая помощь"],
        mode: "FIRST_COME",
      },
    ],
  },
  {
    key: "petropavl-smartphone-lessons",
    organizerKey: "silver-petropavl",
    title: "Смартфон без страха: уроки для пожилых",
    description:
      "Студенты и «серебряные» волонтеры вместе учат пожилых людей пользоваться смартфоном: видеозвонки внукам, eGov mobile, запись к врачу онлайн, мобильный банкинг и, главное, как распознать телефонных мошенников. Занятия проходят в центре активного долголетия по вторникам и четвергам в 15:00, один волонтер на одного-двух учеников. Программу и памятки даём, от вас — терпение и умение объяснять простыми словами.",
    language: "ru",
    compositions: ["STUDENT", "SILVER"],
    primaryDirection: "EDUCATIONAL",
    secondaryDirection: "SOCIAL",
    socialSubtype: "ELDERLY",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: ["SILVER_VOLUNTEERING"],
    region: "NORTH_KAZAKHSTAN",
    settlement: "Петропавловск",
    online: false,
    startOffsetDays: 19,
    lengthDays: 60,
    startHour: 15,
    status: "PUBLISHED",
    contactName: "Павел Новиков",
    contactPhone: "+7 777 583 12 67",
    roles: [
      {
        title: "Цифровой наставник",
        description: "Занимается с одним-двумя пожилыми учениками по программе курса.",
        capacity: 15,
        minAge: 16,
        skills: ["компьютерная грамотность", "преподавание"],
        mode: "FIRST_COME",
      },
    ],
  },

  // ---- Aruzhan Doszhanova, individual (MANGYSTAU, online) ----
  {
    key: "mangystau-unt-online",
    organizerKey: "aruzhan-doszhanova",
    title: "Ауыл мектептерінің оқушыларын ҰБТ-ға онлайн дайындау",
    description:
      "Маңғыстау облысының ауыл мектептеріндегі 11-сынып оқушыларына математика, физика және Қазақстан тарихы бойынша тегін онлайн сабақтар ұйымдастырамын. Сабақтар Zoom-да аптасына екі рет кешкі 19:00-де өтеді, әр волонтерге 5–8 оқушыдан тұратын шағын топ бекітіледі. Пәнді жақсы білетін студенттер мен жас мұғалімдерді шақырамын; тапсырмалар базасы мен сынақ тесттері дайын. Ноутбук немесе планшет және тұрақты интернет қажет.",
    language: "kk",
    compositions: ["STUDENT", "PRO_BONO"],
    primaryDirection: "EDUCATIONAL",
    scope: "REGIONAL",
    duration: "PROJECT",
    birgemiz: ["BILIM"],
    region: "MANGYSTAU",
    online: true,
    startOffsetDays: 22,
    lengthDays: 120,
    startHour: 19,
    status: "PUBLISHED",
    contactName: "Аружан Досжанова",
    contactPhone: "+7 708 214 75 39",
    roles: [
      {
        title: "Пән бойынша репетитор",
        description: "Шағын топпен аптасына екі рет онлайн сабақ өткізіп, үй тапсырмасын тексереді.",
        capacity: 20,
        minAge: 18,
        skills: ["подготовка к ЕНТ", "преподавание"],
        mode: "REVIEW",
      },
    ],
  },

  // ---- Ruslan Abdullaev, individual (JAMBYL, awaiting verification) ----
  {
    key: "taraz-accessibility-audit",
    organizerKey: "ruslan-abdullaev",
    title: "Аудит доступности городской среды Тараза",
    description:
      "Ищу волонтеров, в том числе с инвалидностью, для совместных рейдов по аптекам, поликлиникам, ЦОНам и остановкам Тараза. Замеряем рулеткой пандусы и дверные проёмы, фотографируем нарушения и заносим их в общую таблицу по строительным нормам. Результаты передаём в акимат и публикуем, через три месяца проверяем, что исправили. Рейды по субботам в 11:00, маршрут сообщаю заранее.",
    language: "ru",
    compositions: ["INCLUSIVE", "STUDENT", "GENERAL"],
    primaryDirection: "PUBLIC_SPACES",
    secondaryDirection: "CIVIL_SOCIETY",
    scope: "LOCAL",
    duration: "PROJECT",
    birgemiz: [],
    region: "JAMBYL",
    settlement: "Тараз",
    online: false,
    startOffsetDays: 26,
    lengthDays: 60,
    startHour: 11,
    status: "SUBMITTED",
    contactName: "Руслан Абдуллаев",
    contactPhone: "+7 771 306 88 20",
    roles: [
      {
        title: "Участник рейда",
        description: "Замеряет и описывает объекты по чек-листу.",
        capacity: 12,
        minAge: 16,
        skills: [],
        mode: "FIRST_COME",
      },
      {
        title: "Фотограф",
        description: "Фотографирует нарушения для отчёта.",
        capacity: 3,
        minAge: 16,
        skills: ["фотосъёмка"],
        mode: "FIRST_COME",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Volunteer profile from the NVN review (seeds/003_e79ea9771607bb36.txt, "VOLUNTEER PROFILE",
// data as of December 2023 from the 2023 Analytical Report). The review's four age bands are
// exactly the platform's four groups (under 18 / 18-29 / 30 to retirement age / retirement age),
// so no remapping was needed. The age shares as printed sum to 100.0%.
// ---------------------------------------------------------------------------------------------
export const VOLUNTEER_DEMOGRAPHICS: {
  genderShare: { FEMALE: number; MALE: number };
  ageGroupShare: { UNDER_18: number; AGE_18_29: number; AGE_30_RETIREMENT: number; RETIREMENT: number };
  source: string;
} = {
  genderShare: { FEMALE: 0.56, MALE: 0.44 },
  ageGroupShare: { UNDER_18: 0.335, AGE_18_29: 0.432, AGE_30_RETIREMENT: 0.211, RETIREMENT: 0.022 },
  source:
    "National Volunteer Network, 2024 review of volunteering in Kazakhstan (seeds/003_e79ea9771607bb36.txt), section VOLUNTEER PROFILE: gender lines 652-660 (44% men, 56% women, 'relatively unchanged over three years'); age lines 662-667 (under 18 33.5%, 18-29 43.2%, 30 to retirement age 21.1%, retirement age 2.2%).",
};

// ---------------------------------------------------------------------------------------------
// Where the demo's crowd lives: weights, roughly each region's population at the start of 2024
// in thousands (Bureau of National Statistics, rounded), with the three cities of republican
// significance weighted up by half because volunteering concentrates in large cities. Demo
// weighting only, not a statistic.
// ---------------------------------------------------------------------------------------------
export const VOLUNTEER_REGION_WEIGHT: Record<RegionCode, number> = {
  ALMATY_CITY: 3340,
  ASTANA: 2130,
  SHYMKENT: 1830,
  TURKISTAN: 2120,
  ALMATY_REGION: 1530,
  JAMBYL: 1220,
  KARAGANDA: 1130,
  AKTOBE: 930,
  KYZYLORDA: 830,
  KOSTANAY: 830,
  AKMOLA: 790,
  MANGYSTAU: 770,
  PAVLODAR: 750,
  EAST_KAZAKHSTAN: 730,
  ATYRAU: 700,
  JETISU: 700,
  WEST_KAZAKHSTAN: 690,
  ABAI: 600,
  NORTH_KAZAKHSTAN: 530,
  ULYTAU: 220,
};

// ---------------------------------------------------------------------------------------------
// Names. Kazakhstan is multi-ethnic; demo.ts draws ~70% of volunteers from the Kazakh lists and
// the rest from the Russian-language lists (which also hold a few common Korean, Ukrainian and
// German surnames of Kazakhstanis). Female surnames are given in their female form.
// ---------------------------------------------------------------------------------------------
export const KAZAKH_FIRST_NAMES: { MALE: string[]; FEMALE: string[] } = {
  MALE: [
    "Айдос",
    "Ерлан",
    "Нұрлан",
    "Дәулет",
    "Асқар",
    "Бауыржан",
    "Ерболат",
    "Мұрат",
    "Серік",
    "Қайрат",
    "Арман",
    "Дархан",
    "Ержан",
    "Жандос",
    "Әлібек",
    "Алихан",
    "Ернұр",
    "Мирас",
    "Санжар",
    "Темірлан",
    "Ілияс",
    "Абылай",
    "Бекзат",
    "Диас",
    "Еркебұлан",
    "Азамат",
    "Жасұлан",
    "Талғат",
    "Ғалым",
    "Марат",
    "Нұрасыл",
    "Әділет",
  ],
  FEMALE: [
    "Айгерім",
    "Әсел",
    "Динара",
    "Жанар",
    "Гүлнар",
    "Аружан",
    "Мадина",
    "Ақбота",
    "Дана",
    "Жұлдыз",
    "Салтанат",
    "Назерке",
    "Айдана",
    "Томирис",
    "Гүлмира",
    "Сәуле",
    "Мөлдір",
    "Балжан",
    "Ақерке",
    "Жансая",
    "Камила",
    "Аяулым",
    "Дильназ",
    "Әлия",
    "Ботагөз",
    "Раушан",
    "Гаухар",
    "Ләззат",
    "Индира",
    "Інжу",
    "Нұрай",
    "Перизат",
  ],
};

export const KAZAKH_LAST_NAMES: { MALE: string[]; FEMALE: string[] } = {
  MALE: [
    "Ахметов",
    "Бекмұхамбетов",
    "Жұмабаев",
    "Сейітов",
    "Қасымов",
    "Омаров",
    "Нұрланов",
    "Серікбаев",
    "Әбенов",
    "Есенов",
    "Мұратов",
    "Ержанов",
    "Төлеубаев",
    "Исаев",
    "Байжанов",
    "Құрманов",
    "Сағындықов",
    "Оспанов",
    "Жақсылықов",
    "Әлиев",
    "Тұрсынов",
    "Ибраев",
    "Мамыров",
    "Қожахметов",
    "Бейсенов",
    "Шәріпов",
    "Дүйсенов",
    "Рахымжанов",
    "Абдуллаев",
    "Сәрсенбаев",
    "Досжанов",
    "Ермеков",
  ],
  FEMALE: [
    "Ахметова",
    "Бекмұхамбетова",
    "Жұмабаева",
    "Сейітова",
    "Қасымова",
    "Омарова",
    "Нұрланова",
    "Серікбаева",
    "Әбенова",
    "Есенова",
    "Мұратова",
    "Ержанова",
    "Төлеубаева",
    "Исаева",
    "Байжанова",
    "Құрманова",
    "Сағындықова",
    "Оспанова",
    "Жақсылықова",
    "Әлиева",
    "Тұрсынова",
    "Ибраева",
    "Мамырова",
    "Қожахметова",
    "Бейсенова",
    "Шәріпова",
    "Дүйсенова",
    "Рахымжанова",
    "Абдуллаева",
    "Сәрсенбаева",
    "Досжанова",
    "Ермекова",
  ],
};

export const RUSSIAN_FIRST_NAMES: { MALE: string[]; FEMALE: string[] } = {
  MALE: [
    "Александр",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Алексей",
    "Максим",
    "Иван",
    "Михаил",
    "Николай",
    "Владимир",
    "Евгений",
    "Павел",
    "Артём",
    "Кирилл",
    "Игорь",
    "Виктор",
    "Роман",
    "Денис",
    "Олег",
    "Юрий",
  ],
  FEMALE: [
    "Анна",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Мария",
    "Екатерина",
    "Юлия",
    "Анастасия",
    "Дарья",
    "Галина",
    "Людмила",
    "Валентина",
    "Виктория",
    "Ксения",
    "Алина",
    "Полина",
    "Вера",
  ],
};

export const RUSSIAN_LAST_NAMES: { MALE: string[]; FEMALE: string[] } = {
  MALE: [
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Ким",
    "Шевченко",
    "Шмидт",
    "Бондаренко",
  ],
  FEMALE: [
    "Иванова",
    "Петрова",
    "Смирнова",
    "Кузнецова",
    "Попова",
    "Васильева",
    "Соколова",
    "Михайлова",
    "Новикова",
    "Фёдорова",
    "Морозова",
    "Волкова",
    "Алексеева",
    "Лебедева",
    "Семёнова",
    "Егорова",
    "Павлова",
    "Козлова",
    "Степанова",
    "Николаева",
    "Ким",
    "Шевченко",
    "Шмидт",
    "Бондаренко",
  ],
};
