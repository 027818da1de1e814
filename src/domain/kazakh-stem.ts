// PostgreSQL has no Kazakh stemmer, so Kazakh texts are indexed word for word ('simple') and a
// Kazakh query word is searched as a prefix of its stem: the word without its inflectional
// endings (case, possessive, plural, "-лық"), so "жануарлар", "жануарларға" and "жануарға" all
// search for "жануар…". Kazakh stacks its endings as stem + plural + possessive + case, so they
// come off from the end, longest first. Crude on purpose (decision 0022): it applies to words of
// five letters or more, never leaves fewer than four, and a Russian word it shortens only
// searches a little more widely.

const MIN_WORD = 5;
const MIN_STEM = 4;
const MAX_STRIPS = 3;

const SUFFIXES = [
  // case endings (ablative, genitive, locative, dative, accusative, instrumental)
  "ндан",
  "нден",
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "нда",
  "нде",
  "да",
  "де",
  "та",
  "те",
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "менен",
  "бенен",
  "пенен",
  "мен",
  "бен",
  "пен",
  // "of/in …" adjectives
  "дағы",
  "дегі",
  "тағы",
  "тегі",
  // possessive
  "ымыз",
  "іміз",
  "ыңыз",
  "іңіз",
  "мыз",
  "міз",
  "сы",
  "сі",
  "ым",
  "ім",
  "ың",
  "ің",
  "ы",
  "і",
  // plural
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  // derived adjectives and nouns ("экологиялық", "волонтерлік")
  "лық",
  "лік",
  "дық",
  "дік",
  "тық",
  "тік",
  "шылық",
  "шілік",
].sort((a, b) => b.length - a.length);

/** Whether a word is written in Cyrillic (Kazakh or Russian). */
export function isCyrillic(word: string): boolean {
  return /^[\p{Script=Cyrillic}\p{N}]+$/u.test(word) && /\p{Script=Cyrillic}/u.test(word);
}

/** The stem a Kazakh word is searched by; other words come back as they are. */
export function kazakhStem(word: string): string {
  let stem = word.toLowerCase();
  if (stem.length < MIN_WORD || !isCyrillic(stem)) return stem;
  for (let i = 0; i < MAX_STRIPS; i++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Kazakh function words ("and", "for", "with"…): searched for, they would only narrow. */
export const KAZAKH_STOPWORDS: ReadonlySet<string> = new Set([
  "және",
  "мен",
  "бен",
  "пен",
  "үшін",
  "туралы",
  "арқылы",
  "бойынша",
  "сияқты",
  "немесе",
  "бірақ",
  "да",
  "де",
  "та",
  "те",
  "ал",
  "бұл",
  "осы",
  "сол",
  "бір",
  "әр",
  "жылы",
  "кезінде",
  "соң",
  "дейін",
  "арналған",
  "қатысты",
  "бар",
  "жоқ",
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
]);
