import { describe, expect, it } from "vitest";
import { loadMessages, MESSAGE_NAMESPACES } from "../../src/i18n/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function get(obj: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

describe("message files", async () => {
  const locales = { kk: await loadMessages("kk"), ru: await loadMessages("ru"), en: await loadMessages("en") };
  const all = new Set(
    Object.values(locales)
      .flatMap((m) => keys(m))
      .filter((k) => !(MESSAGE_NAMESPACES as readonly string[]).includes(k)),
  );

  for (const [locale, messages] of Object.entries(locales)) {
    it(`${locale} has every key, none empty`, () => {
      const missing = [...all].filter(
        (k) => typeof get(messages, k) !== "string" || (get(messages, k) as string).trim() === "",
      );
      expect(missing).toEqual([]);
    });
  }

  it("uses the same placeholders in every language", () => {
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
    const mismatched = [...all].filter((k) => {
      const ref = JSON.stringify(placeholders(get(locales.en, k) as string));
      return (
        JSON.stringify(placeholders(get(locales.ru, k) as string)) !== ref ||
        JSON.stringify(placeholders(get(locales.kk, k) as string)) !== ref
      );
    });
    expect(mismatched).toEqual([]);
  });

  it("Kazakh texts use the Kazakh letters", () => {
    expect(JSON.stringify(locales.kk)).toMatch(/[әғқңөұүһі]/);
  });
});
