import { describe, expect, it } from "vitest";
import { loadMessages } from "../../src/i18n/messages";
import { LOCALES } from "../../src/domain/locales";
import { quoted } from "../../src/domain/quotes";
import { createRenderer, renderEmail } from "../../src/modules/notifications/render";

// "««Адреса заботы»: …»": a project title with its own quotation marks was quoted again by the
// email templates. Names are now quoted in code, once, and never when they carry marks already.

const DOUBLED = /[«“„"]\s*[«“„"]|[»”"]\s*[»”"]/;
const OWN_QUOTES = "«Адреса заботы»: помощь пожилым";

describe("quoting a name inside a sentence", () => {
  it("uses the language's own marks", () => {
    expect(quoted("Green Esil", "kk")).toBe("«Green Esil»");
    expect(quoted("Чистый берег", "ru")).toBe("«Чистый берег»");
    expect(quoted("Green Esil", "en")).toBe("“Green Esil”");
    expect(quoted("  Green Esil ", "en")).toBe("“Green Esil”");
  });

  it("leaves a name that has quotation marks of its own as written", () => {
    expect(quoted(OWN_QUOTES, "ru")).toBe(OWN_QUOTES);
    expect(quoted(OWN_QUOTES, "en")).toBe(OWN_QUOTES);
    expect(quoted('ОФ "Мейірім"', "kk")).toBe('ОФ "Мейірім"');
    expect(quoted("The “Open Hands” fund", "ru")).toBe("The “Open Hands” fund");
    expect(quoted("", "ru")).toBe("");
  });
});

describe("email templates", async () => {
  const messages = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await loadMessages(l)] as const)));

  it("hold no quotation marks around a name: the code quotes it", () => {
    for (const locale of LOCALES) {
      const m = messages[locale] as { notifications: { type: object }; account: { email: object } };
      for (const text of [JSON.stringify(m.notifications.type), JSON.stringify(m.account.email)]) {
        expect(text).not.toMatch(/[«“„]\{[a-zA-Z]+\}|\{(projectTitle|roleTitle|organizerName)\}[»”]/);
      }
    }
  });

  const samples = [
    { type: "APPLICATION_ACCEPTED", data: { projectId: "p1", projectTitle: OWN_QUOTES, roleTitle: "Координатор" } },
    { type: "PROJECT_APPROVED", data: { projectId: "p1", projectTitle: OWN_QUOTES } },
    { type: "HOURS_CONFIRMED", data: { projectId: "p1", projectTitle: OWN_QUOTES, hours: 3, workedOn: "2026-06-02" } },
    { type: "ORGANIZER_VERIFIED", data: { organizerId: "o1" } },
  ];
  for (const locale of LOCALES) {
    it(`never doubles the marks of a title that has its own, in ${locale}`, () => {
      const renderer = createRenderer(locale, messages[locale]!);
      for (const n of samples) {
        const organizer = { name: 'ОФ "Мейірім"', slug: "meyirim" };
        const mail = renderEmail(renderer, n, { name: "Dana" }, "https://asar.kz", organizer);
        for (const text of [mail.subject, mail.text]) {
          expect(text).not.toMatch(DOUBLED);
          expect(text).toContain(n.type.startsWith("ORGANIZER_") ? 'ОФ "Мейірім"' : OWN_QUOTES);
        }
      }
    });

    it(`quotes a plain title with the marks of ${locale}`, () => {
      const renderer = createRenderer(locale, messages[locale]!);
      const mail = renderEmail(
        renderer,
        { type: "PROJECT_APPROVED", data: { projectId: "p1", projectTitle: "Green Esil" } },
        { name: "Dana" },
        "https://asar.kz",
      );
      expect(mail.subject).toContain(locale === "en" ? "“Green Esil”" : "«Green Esil»");
      expect(mail.subject).not.toMatch(DOUBLED);
    });
  }
});
