// The words people search for most, with their translations and near-synonyms in Kazakh,
// Russian and English: a query word that matches a term of a group also searches for every
// other term of it, so "animals" finds "Помощь приюту" and "жануарлар баспанасы" finds a
// Russian shelter. Reference data, curated by hand (decision 0022); the classification's own
// labels are indexed with every project, so these groups only need what the labels lack:
// everyday words ("shelter", "clean-up", "English"), other word forms and other languages.
//
// A term is a lower-case stem: it matches a query word that starts with it ("животн" matches
// "животных") and, searched, every indexed word that starts with it. Terms of fewer than four
// letters are whole words both ways ("eco", "қан"), so they neither match nor find unrelated
// longer words.

export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  // animals, shelters
  ["animal", "pets", "dogs", "stray", "животн", "зоо", "собак", "кошек", "питом", "жануар", "хайуан", "иесіз"],
  ["shelter", "приют", "баспана"],
  // ecology, nature
  ["ecolog", "eco", "environment", "nature", "эколог", "эко", "природ", "окружающ", "табиғат", "қоршаған"],
  [
    "clean",
    "litter",
    "trash",
    "rubbish",
    "субботник",
    "уборк",
    "чистот",
    "мусор",
    "тазала",
    "тазалық",
    "сенбілік",
    "қоқыс",
  ],
  ["tree", "planting", "дерев", "посадк", "саженц", "озелен", "ағаш", "отырғыз", "көгалдандыр"],
  ["forest", "лес", "лесн", "орман"],
  ["river", "lake", "water", "река", "реки", "озер", "вода", "водн", "өзен", "көл", "су"],
  ["park", "парк", "саябақ"],
  // people helped
  ["elderly", "older", "senior", "пожил", "пенсионер", "престарел", "ветеран", "стари", "қарт", "егде", "зейнеткер"],
  ["child", "kids", "дети", "детей", "детск", "детям", "ребен", "ребён", "малыш", "бала", "сәби"],
  ["teen", "youth", "подрост", "молодеж", "молодёж", "жастар", "жасөспірім"],
  ["orphan", "сирот", "детдом", "детский дом", "жетім", "балалар үй"],
  ["disab", "special needs", "инвалид", "особыми потребност", "мүгедек", "ерекше қажеттілік", "инклюзи", "inclusi"],
  ["mother", "mums", "moms", "мама", "мамы", "матер", "ана", "аналар"],
  ["family", "families", "семь", "отбасы"],
  ["homeless", "бездом", "үйсіз"],
  ["patient", "hospital", "больни", "пациент", "науқас", "аурухана"],
  ["hospice", "хоспис"],
  // kinds of help
  ["blood", "donor", "донор", "кров", "қан"],
  ["medic", "health", "медиц", "здоров", "денсаулық", "саулық"],
  ["english", "англ", "ағылшын"],
  ["language", "язык", "тіл", "тілі"],
  ["club", "клуб"],
  ["teach", "tutor", "lesson", "educat", "обучен", "учит", "урок", "репетит", "образован", "сабақ", "оқыт", "білім"],
  ["school", "pupil", "школ", "мектеп", "оқушы"],
  ["student", "студент", "университет", "university"],
  ["exam", "unt", "ент", "ұбт", "тест"],
  ["mentor", "наставни", "тәлімгер"],
  ["sport", "спорт", "fitness", "фитнес"],
  ["walking", "ходьб", "серуен", "жаяу"],
  ["running", "marathon", "бег", "марафон", "жүгіру"],
  ["food", "meal", "продукт", "питани", "еда", "азық", "тамақ"],
  ["clothes", "одежд", "вещ", "киім"],
  ["humanitarian", "гуманитар", "помощь нуждающ", "мұқтаж"],
  ["knit", "вяза", "вязан", "тоқы"],
  ["art", "arts", "искусств", "творч", "өнер", "шығармашы"],
  ["music", "музык", "музыка", "ән"],
  ["heritage", "histor", "наслед", "истори", "мұра", "тарих", "археолог", "archaeolog"],
  ["culture", "cultural", "культур", "мәдени"],
  ["museum", "музей", "мұражай"],
  ["media", "медиа", "smm", "journalis", "журналист"],
  ["photo", "фото", "сурет"],
  ["video", "видео", "бейне"],
  ["event", "festival", "forum", "мероприят", "фестивал", "форум", "іс шара"],
  ["rescue", "спасат", "спасен", "поисков", "құтқар", "іздеу"],
  ["emergency", "disaster", "чрезвычай", "бедстви", "чс", "төтенше", "апат"],
  ["flood", "паводк", "наводнен", "су тасқын"],
  ["fire", "пожар", "өрт"],
  ["digital", "computer", "smartphone", "компьютер", "смартфон", "цифров", "цифрлық"],
  ["legal", "law", "юрид", "правов", "заң", "құқық"],
  ["accessib", "доступн", "қолжетімді"],
  ["drug", "addict", "наркот", "наркомани", "зависимост", "нашақор", "тәуелділік"],
  ["prison", "осужден", "заключен", "сотталған"],
  ["online", "remote", "онлайн", "дистанц", "удален", "қашықтан"],
  ["ngo", "nonprofit", "нко", "некоммерч", "үеұ", "коммерциялық емес"],
  ["village", "rural", "село", "сельск", "деревн", "ауыл"],
];

/** A term matches a query word: as its stem from four letters, as the whole word below. */
function termMatches(term: string, word: string): boolean {
  return term.length >= 4 ? word.startsWith(term) : word === term;
}

/** The other terms searched with a query word, each as its words ("іс шара" is two). */
export function synonymsOf(word: string): string[][] {
  const w = word.toLowerCase();
  const found = new Set<string>();
  for (const group of SEARCH_SYNONYMS) {
    if (!group.some((term) => !term.includes(" ") && termMatches(term, w))) continue;
    for (const term of group) if (!termMatches(term, w)) found.add(term);
  }
  return [...found].map((term) => term.split(" "));
}

/** How a synonym term is searched: a prefix from four letters, the whole word below. */
export function isPrefixTerm(term: string): boolean {
  return term.length >= 4;
}
