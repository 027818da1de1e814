// The 49,000 most common passwords (zxcvbn-ts's list, from public breach corpora) plus a few
// that people here choose. Loaded once, on the server and in the sign-up form alike.
import { dictionary } from "@zxcvbn-ts/language-common";

const LOCAL = ["qazaqstan", "kazakhstan", "astana123", "almaty123", "пароль123", "qwerty123", "asar1234", "12345678a"];

let set: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  set ??= new Set([...(dictionary["passwords-common"] as string[]), ...LOCAL]);
  return set.has(password.toLowerCase());
}
