import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { E2E_CALLOUT_ANSWER } from "./accounts";
import { failOnConsoleErrors, signIn } from "./helpers";

/** A text of the callOutAnswers namespace in a locale, by its dotted key. */
const messages = (locale: string) => {
  const all = JSON.parse(fs.readFileSync(`src/messages/modules/callOutAnswers/${locale}.json`, "utf8")) as Record<
    string,
    unknown
  >;
  return (key: string): string => {
    const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], all);
    if (typeof v !== "string") throw new Error(`no callOutAnswers.${key} in ${locale}`);
    return v;
  };
};

async function signedIn(browser: Browser, locale: string, who: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  failOnConsoleErrors(page);
  await signIn(page, locale, who.email, who.password);
  return page;
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`a volunteer answers a call-out from the email link; staff watch, send an update and close it (${locale})`, async ({
    browser,
  }) => {
    const m = messages(locale);
    const c = E2E_CALLOUT_ANSWER;
    const id = c.callOutId(locale);
    const volunteer = c.volunteers[locale];

    // The email's link, opened signed out: sign in first, then back to the call-out, answer ready.
    const page = await (await browser.newContext()).newPage();
    failOnConsoleErrors(page);
    await page.goto(`/${locale}/call-outs/${id}?answer=coming`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=`));
    await page.locator("#email").fill(volunteer.email);
    await page.locator("#password").fill(volunteer.password);
    await page.locator("form button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/call-outs/${id}\\?answer=coming$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.title(locale));
    // The GET changed nothing: the choice is only ready.
    await expect(page.getByTestId("call-out-my-answer")).toHaveCount(0);
    await expect(page.getByRole("radio", { name: m("choice.COMING") })).toBeChecked();
    await page.getByTestId("call-out-answer-submit").click();
    await expect(page.getByRole("status").filter({ hasText: m("doneComing") })).toBeVisible();
    await expect(page.getByTestId("call-out-my-answer")).toContainText(m("answer.COMING"));

    // Aktobe's front office sees the answer, the phone, sends an update and closes the call-out.
    const staff = await signedIn(browser, locale, c.staff);
    await staff.goto(`/${locale}/moderation/call-outs/${id}`);
    await expect(staff.getByTestId("count-sent")).toHaveText("2");
    await expect(staff.getByTestId("count-confirmed")).toContainText("1");
    await expect(staff.getByTestId("count-noAnswer")).toHaveText("1");
    await expect(staff.getByTestId("call-out-confirmed")).toContainText(volunteer.name);
    await expect(staff.getByTestId("confirmed-phone")).toHaveText("+77015550199");
    const update = `Сбор у школы №5 в 8:00 (${locale})`;
    await staff.locator("#call-out-update").fill(update);
    await staff.getByRole("button", { name: m("live.sendUpdate") }).click();
    await expect(staff.getByRole("status").filter({ hasText: m("live.done.update") })).toBeVisible();
    await expect(staff.getByTestId("call-out-updates")).toContainText(update);
    await staff.getByTestId("call-out-close").locator("summary").click();
    await staff.getByTestId("call-out-close-confirm").click();
    await expect(staff.getByRole("status").filter({ hasText: m("live.done.closed") })).toBeVisible();
    await expect(staff.getByTestId("call-out-status")).toHaveText(m("live.closed"));
    // After closing, names only.
    await expect(staff.getByTestId("call-out-confirmed")).toContainText(volunteer.name);
    await expect(staff.getByTestId("confirmed-phone")).toHaveCount(0);

    // The volunteer sees it closed, with the update; no answer form any more.
    await page.goto(`/${locale}/call-outs/${id}`);
    await expect(page.getByTestId("call-out-closed")).toBeVisible();
    await expect(page.getByTestId("call-out-updates")).toContainText(update);
    await expect(page.getByTestId("call-out-answer-form")).toHaveCount(0);
    await page.goto(`/${locale}/my/call-outs`);
    await expect(page.getByTestId("my-call-out")).toContainText(c.title(locale));
  });
}

test("another region's staff get a 404 on the live page", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  failOnConsoleErrors(page, [404]);
  await signIn(page, "ru", "staff.astana@e2e.asar", "staff-e2e-password");
  const response = await page.goto(`/ru/moderation/call-outs/${E2E_CALLOUT_ANSWER.callOutId("ru")}`);
  expect(response?.status()).toBe(404);
});
