import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
import { db } from "./helpers";
import { actor, resetActor } from "./action-harness";
import { loadMessages } from "../../src/i18n/messages";
import { submitHelpRequestAction } from "../../src/modules/help/actions";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
// The request's language, as next-intl reads it from the page the form posts to: Russian.
vi.mock("next-intl/server", async () => {
  const messages = await loadMessages("ru");
  const t = createTranslator({ locale: "ru", messages: messages as Record<string, never> });
  const translate = Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
  return { getLocale: async () => "ru", getTranslations: async () => translate };
});
// The success path ends in a redirect to the tracking page, as Next's redirect() does: a throw.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
beforeEach(resetActor);

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const valid = {
  category: "ANIMALS",
  regionCode: "ATYRAU",
  settlement: "Атырау",
  peopleNeeded: "2",
  description: "Во дворе зимуют щенки, нужен утепленный домик и корм.",
  contactEmail: "dana@example.kz",
  consentToShare: "on",
};

describe("the help form's action (useActionState, with or without JavaScript)", () => {
  it("gives back what was typed, each refusal translated beside its field, and stores nothing", async () => {
    const state = await submitHelpRequestAction(
      null,
      form({ ...valid, contactEmail: "", contactPhone: "+7 7122 50 00 00", consentToShare: "" }),
    );
    expect(state.fieldErrors).toEqual({
      contactPhone: "Введите казахстанский мобильный номер, например +7 701 123 45 67.",
      consentToShare: "Подтвердите согласие, чтобы тот, кто поможет, мог с вами связаться.",
    });
    expect(state.values).toMatchObject({ description: valid.description, contactPhone: "+7 7122 50 00 00" });
    expect(state.attempt).toBe(1);
    expect(await db().helpRequest.count()).toBe(0);
  });

  it("refuses a call that is not the form's post, and a bot that filled the hidden field, without a trace", async () => {
    for (const hostile of [{ ...valid }, "x", null, 42]) {
      const state = await submitHelpRequestAction({ attempt: "<script>" } as never, hostile as never);
      expect(state).toEqual({ attempt: 1, values: {}, fieldErrors: {}, formError: "Исправьте отмеченные поля." });
    }
    const bot = await submitHelpRequestAction(null, form({ ...valid, fax: "http://spam.example" }));
    expect(bot.formError).toBe("Не удалось отправить просьбу. Попробуйте еще раз.");
    expect(JSON.stringify(bot)).not.toMatch(/stack|Error:|at /);
    expect(await db().helpRequest.count()).toBe(0);
  });

  it("stores a valid request and sends the person to its tracking page, in their language", async () => {
    actor.clientAddress = "198.51.100.77";
    const err = await submitHelpRequestAction(null, form(valid)).catch((e: { digest?: string }) => e);
    expect((err as { digest?: string }).digest).toMatch(
      /^NEXT_REDIRECT;replace;\/ru\/help\/[A-Za-z0-9_-]{32}\?sent=1;/,
    );
    const row = await db().helpRequest.findFirstOrThrow();
    expect(row).toMatchObject({ locale: "ru", category: "ANIMALS", contactEmail: "dana@example.kz" });
  });
});
