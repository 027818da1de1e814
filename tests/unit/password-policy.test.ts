import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/modules/accounts/password-policy";

const aigerim = ["Айгерім Серікова", "aigerim.serikova@example.kz"];

describe("which new passwords are refused", () => {
  it.each([
    ["aaaaaaaa", "validation.passwordRepeats"],
    ["abcabcabc", "validation.passwordRepeats"],
    ["asarasar", "validation.passwordPersonal"],
    ["asar2026", "validation.passwordPersonal"],
    ["Asar.kz2026", "validation.passwordPersonal"],
    ["qazaqstan2024", "validation.passwordPersonal"],
    ["aigerim2005", "validation.passwordPersonal"],
    ["serikova123", "validation.passwordPersonal"],
    ["Айгерім2005", "validation.passwordPersonal"],
    ["password123", "validation.passwordWeak"],
    ["qwertyuiop", "validation.passwordWeak"],
  ])("%s → %s", (password, problem) => {
    expect(passwordProblem(password, aigerim)).toBe(problem);
  });

  it("refuses the person's own name and email only for that person", () => {
    expect(passwordProblem("bolatnurlanov", ["Bolat Nurlanov", "bolat@example.kz"])).toBe(
      "validation.passwordPersonal",
    );
    expect(passwordProblem("bolatnurlanov", aigerim)).toBeNull();
  });

  it.each(["steppe-wind-2026", "kökterek-tauy-jaryq-92", "correct horse battery staple", "bazar-2-kitap-sary"])(
    "accepts %s",
    (password) => {
      expect(passwordProblem(password, aigerim)).toBeNull();
    },
  );
});
