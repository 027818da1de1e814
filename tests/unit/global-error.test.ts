import { describe, expect, it } from "vitest";
import { GLOBAL_ERROR_TEXTS, localeOfPath } from "../../src/app/global-error-texts";
import { loadMessages } from "../../src/i18n/messages";
import { LOCALES } from "../../src/domain/locales";

// src/app/global-error.tsx draws the whole document when the locale's layout fails, so it cannot
// read the message files: its texts are copies, and the language comes from the path.
describe("the error page that replaces the layout", () => {
  it("speaks the language of the path, Kazakh when the path names none", () => {
    expect(localeOfPath("/ru/projects/abc")).toBe("ru");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en?x=1")).toBe("en");
    expect(localeOfPath("/kk/")).toBe("kk");
    expect(localeOfPath("/english/ru")).toBe("kk");
    expect(localeOfPath("/")).toBe("kk");
    expect(localeOfPath(null)).toBe("kk");
  });

  it("says what the locale's error page says, in every locale", async () => {
    for (const locale of LOCALES) {
      const page = (await loadMessages(locale)).errorPage as Record<string, string>;
      const copy = GLOBAL_ERROR_TEXTS[locale];
      expect({ locale, ...copy }).toEqual({
        locale,
        title: page.title,
        text: page.text,
        retry: page.retry,
        home: page.home,
      });
    }
  });
});
