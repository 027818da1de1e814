import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, payloadHash } from "../../src/modules/records/canonical";
import { CODE_LENGTH, groupCode, newVerificationCode, normalizeCode } from "../../src/modules/records/code";
import { allowLookup } from "../../src/modules/records/lookup-limit";
import { hoursText } from "../../src/modules/records/queries";
import { documentLocale, oneAtATime, preferredLocale, refusal } from "../../src/modules/records/http";
import { AppError } from "../../src/server/errors";

describe("the fingerprint of what a document certifies", () => {
  it("does not depend on key order or whitespace, as PostgreSQL's jsonb reorders both", () => {
    const a = {
      volunteer: { name: "Әлия" },
      project: { title: "Тазалық", hours: "7.50", sdgs: [{ goal: 6, impact: "DIRECT" }] },
    };
    const b = JSON.parse(
      `{ "project": { "sdgs": [ { "impact": "DIRECT", "goal": 6 } ], "hours": "7.50", "title": "Тазалық" }, "volunteer": { "name": "Әлия" } }`,
    );
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(payloadHash(a)).toBe(payloadHash(b));
    expect(canonicalJson(a)).toBe(
      '{"project":{"hours":"7.50","sdgs":[{"goal":6,"impact":"DIRECT"}],"title":"Тазалық"},"volunteer":{"name":"Әлия"}}',
    );
    expect(payloadHash(a)).toBe(createHash("sha256").update(canonicalJson(a), "utf8").digest("hex"));
  });

  it("changes when any certified value changes, and keeps array order significant", () => {
    const base = { hours: "7.50", roles: ["Гид", "Фотограф"], name: "Әлия" };
    expect(payloadHash({ ...base, hours: "7.51" })).not.toBe(payloadHash(base));
    expect(payloadHash({ ...base, name: "Алия" })).not.toBe(payloadHash(base));
    expect(payloadHash({ ...base, roles: ["Фотограф", "Гид"] })).not.toBe(payloadHash(base));
  });

  it("refuses numbers that could read back differently from the database", () => {
    expect(() => canonicalJson({ hours: 7.5 })).toThrow();
    expect(canonicalJson({ year: 2026, online: false, settlement: null })).toBe(
      '{"online":false,"settlement":null,"year":2026}',
    );
  });
});

describe("verification codes", () => {
  it("are 12 unambiguous characters, different every time", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newVerificationCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    }
  });

  it("are shown in groups of four and read back however they are typed", () => {
    expect(groupCode("7K3MQ9PX2D4R")).toBe("7K3M-Q9PX-2D4R");
    expect(normalizeCode("7k3m-q9px-2d4r")).toBe("7K3MQ9PX2D4R");
    expect(normalizeCode(" 7K3M Q9PX 2D4R ")).toBe("7K3MQ9PX2D4R");
    // O is read as zero, I and L as one.
    expect(normalizeCode("O0IL-AAAA-BBBB")).toBe("0011AAAABBBB");
    expect(normalizeCode("7K3M-Q9PX")).toBeNull();
    expect(normalizeCode("UUUU-UUUU-UUUU")).toBeNull();
    expect(normalizeCode("")).toBeNull();
  });
});

describe("verification lookups per address", () => {
  it("allows a burst, refuses beyond the limit, and forgets after a minute", () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}`;
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(allowLookup(ip, t0 + i, 5)).toBe(true);
    expect(allowLookup(ip, t0 + 10, 5)).toBe(false);
    expect(allowLookup("198.51.100.7", t0 + 10, 5)).toBe(true);
    expect(allowLookup(ip, t0 + 60_000, 5)).toBe(true);
  });
});

describe("hours as text", () => {
  it("writes hundredths of hours as a two-decimal string", () => {
    expect(hoursText(750)).toBe("7.50");
    expect(hoursText(2025)).toBe("20.25");
    expect(hoursText(5)).toBe("0.05");
    expect(hoursText(0)).toBe("0.00");
  });
});

describe("the language of a download or a short verification link", () => {
  const request = (url: string, acceptLanguage?: string) =>
    new Request(url, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

  it("takes ?locale= when it is ours, else the user's language, else Kazakh", () => {
    expect(documentLocale(request("http://x/api/records/record?locale=en"), "ru")).toBe("en");
    expect(documentLocale(request("http://x/api/records/record?locale=de"), "ru")).toBe("ru");
    expect(documentLocale(request("http://x/api/records/record"))).toBe("kk");
  });

  it("follows the browser's preferences by weight", () => {
    expect(preferredLocale(request("http://x/verify", "de-DE,de;q=0.9,ru;q=0.8,en;q=0.7"))).toBe("ru");
    expect(preferredLocale(request("http://x/verify", "en;q=0.5, kk-KZ;q=0.9"))).toBe("kk");
    expect(preferredLocale(request("http://x/verify", "fr"))).toBe("kk");
    expect(preferredLocale(request("http://x/verify"))).toBe("kk");
  });
});

describe("PDF downloads", () => {
  it("render one at a time per person, and a second request is told to wait", async () => {
    let release!: () => void;
    const slow = oneAtATime("person-a", () => new Promise<string>((r) => (release = () => r("done"))));
    await expect(oneAtATime("person-a", async () => "again")).rejects.toMatchObject({ code: "records.errors.BUSY" });
    expect(await oneAtATime("person-b", async () => "other person")).toBe("other person");
    release();
    expect(await slow).toBe("done");
    expect(await oneAtATime("person-a", async () => "later")).toBe("later");
  });

  it("answer refusals in the person's language: 429 when busy, 404 otherwise", async () => {
    const busy = await refusal(new AppError("records.errors.BUSY"), "ru");
    expect(busy.status).toBe(429);
    expect(await busy.text()).toBe("Ваш документ еще готовится. Попробуйте снова через минуту.");
    const none = await refusal(new AppError("records.errors.NO_CONFIRMED_HOURS"), "kk");
    expect(none.status).toBe(404);
    expect(await none.text()).toContain("расталған сағаттарыңыз жоқ");
    await expect(refusal(new Error("boom"), "en")).rejects.toThrow("boom");
  });
});
