import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/server/errors";

// One rule for every new password (sign-up, change, reset). zxcvbn estimates how many guesses a
// password takes from what attackers try first: breach lists, keyboard walks, repeats, dates, and
// the words this site and this person are known by. Score 3 (≥ 10^8 guesses) is zxcvbn's own
// recommendation; below it a password falls to a patient online attacker or within hours offline.
// The dictionaries weigh ~1.5 MB, so this runs on the server only; the form shows our message.

export const MIN_PASSWORD_SCORE = 3;

/** Words anyone attacking an Asar account tries first, besides the breach lists. */
const SITE_WORDS = [
  "asar",
  "asarkz",
  "asar.kz",
  "асар",
  "qazaqstan",
  "kazakhstan",
  "kazakstan",
  "qazaq",
  "astana",
  "almaty",
  "volunteer",
  "volonter",
  "erikti",
];

export type PasswordProblem = "validation.passwordPersonal" | "validation.passwordRepeats" | "validation.passwordWeak";

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary, asar: SITE_WORDS }, graphs: adjacencyGraphs });
  return factory;
}

// People type Cyrillic names in Latin letters in passwords ("Әсел" → "asel"): check both spellings.
const LATIN: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "h",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "y",
  і: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};
const toLatin = (s: string) => [...s.toLowerCase()].map((c) => LATIN[c] ?? c).join("");

/** The person's own words: their name, its parts, their email and its parts, in both scripts. */
function personalWords(userInputs: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    if (!input) continue;
    for (const text of [input.toLowerCase(), toLatin(input)]) {
      words.add(text);
      for (const part of text.split(/[\s@._+-]+/)) if (part.length >= 3) words.add(part);
    }
  }
  return [...words];
}

function reasonOf(result: ZxcvbnResult, known: Set<string>): PasswordProblem {
  const personal = result.sequence.some(
    (m) =>
      (m.pattern === "dictionary" && (m.dictionaryName === "userInputs" || m.dictionaryName === "asar")) ||
      // "asarasar": a repeat of one of the words the person or the site is known by.
      (m.pattern === "repeat" && known.has(String(m.baseToken).toLowerCase())),
  );
  if (personal) return "validation.passwordPersonal";
  if (result.sequence.some((m) => m.pattern === "repeat" || m.pattern === "sequence"))
    return "validation.passwordRepeats";
  return "validation.passwordWeak";
}

/**
 * Why `password` is too easy to guess for this person (a message key under "validation."), or
 * null when it is fine. `userInputs` are what the account is known by: name and email.
 */
export function passwordProblem(password: string, userInputs: (string | null | undefined)[]): PasswordProblem | null {
  const words = personalWords(userInputs);
  const result = estimator().check(password, words);
  return result.score >= MIN_PASSWORD_SCORE ? null : reasonOf(result, new Set([...words, ...SITE_WORDS]));
}

/**
 * Refuses a new password that is too easy to guess, as a translated error on `field`. Call it
 * wherever a password is set (sign-up, change, reset) with the account's name and email.
 */
export function assertStrongPassword(password: string, field: string, userInputs: (string | null | undefined)[]): void {
  const problem = passwordProblem(password, userInputs);
  if (problem) throw new AppError(problem, field);
}
