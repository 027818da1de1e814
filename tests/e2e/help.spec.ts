import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { E2E_HELP } from "./accounts";
import { failOnConsoleErrors, signInAs, uniqueEmail } from "./helpers";
import { expectMail } from "./mail";

/** A text of the help namespace in a locale, by its dotted key. */
const messages = (locale: string) => {
  const all = JSON.parse(fs.readFileSync(`src/messages/modules/help/${locale}.json`, "utf8")) as Record<
    string,
    unknown
  >;
  return (key: string): string => {
    const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], all);
    if (typeof v !== "string") throw new Error(`no help.${key} in ${locale}`);
    return v;
  };
};

async function signedIn(browser: Browser, locale: "kk" | "ru" | "en", who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  failOnConsoleErrors(page);
  await signInAs(page, who, locale);
  return page;
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`a request for help goes from a guest to the front office, to an organizer, and back (${locale})`, async ({
    browser,
  }) => {
    const m = messages(locale);
    const email = uniqueEmail(`help-${locale}`);
    const description = `Су тасқыны: қарт кісінің ауласынан суды шығару керек / flood ${email}`;
    const guest = await (await browser.newContext()).newPage();
    failOnConsoleErrors(guest);

    await guest.goto(`/${locale}/help`);
    await guest.locator("#category").selectOption("EMERGENCY");
    await guest.locator("#description").fill(description);
    await guest.locator("#regionCode").selectOption("ATYRAU");
    await guest.locator("#settlement").fill("Құлсары");
    await guest.locator("#address").fill("Бейбітшілік көшесі, 4");
    await guest.locator("#peopleNeeded").fill("3");
    await guest.locator("#contactPhone").fill("8 701 555 12 34");
    await guest.locator("#contactEmail").fill(email);
    await guest.locator("#consentToShare").check();
    await guest.getByRole("button", { name: m("form.submit") }).click();
    await expect(guest).toHaveURL(new RegExp(`/${locale}/help/[A-Za-z0-9_-]{20,}\\?sent=1$`));
    await expect(guest.getByTestId("help-status")).toHaveText(m("status.NEW"));
    const tracking = guest.url().replace("?sent=1", "");
    await expect(guest.getByTestId("tracking-link")).toContainText(tracking.replace(/^https?:\/\/[^/]+/, ""));
    await expectMail(email, m("email.received.subject"));

    // The Atyrau front office passes it to a verified organizer of the region.
    const staff = await signedIn(browser, locale, E2E_HELP.staff);
    await staff.goto(`/${locale}/moderation/help`);
    await staff.getByTestId("help-queue").locator("li", { hasText: email }).getByRole("link").click();
    await expect(staff.getByTestId("help-contact")).toContainText("+7 701 555 12 34");
    await staff.locator("#organizerId").selectOption({ label: E2E_HELP.organizer.name });
    await staff.getByRole("button", { name: m("triage.assign") }).click();
    await expect(staff.getByText(m("triage.assigned"))).toBeVisible();
    await expect(staff.getByTestId("help-status")).toHaveText(m("status.OFFERED"));

    // The organizer sees the need without the contact, takes it, then sees the contact.
    const owner = await signedIn(browser, locale, E2E_HELP.owner);
    await owner.goto(`/${locale}/organizers/${E2E_HELP.organizer.slug}/help`);
    const card = owner.getByTestId("organizer-help-requests").locator("li", { hasText: email.split("@")[0]! });
    await expect(card.getByTestId("help-contact")).toHaveCount(0);
    await card.getByTestId("help-accept").click();
    await expect(card.getByTestId("help-contact")).toContainText("+7 701 555 12 34");
    await expect(card.getByTestId("help-contact")).toContainText("Бейбітшілік көшесі, 4");
    // A project made of it starts with the request's need, place and headcount.
    await card.getByTestId("help-make-project").click();
    await expect(owner).toHaveURL(/\/projects\/new\?fromHelp=/);
    await expect(owner.locator("#description")).toHaveValue(description);
    await expect(owner.locator("#settlement")).toHaveValue("Құлсары");

    // The person who asked follows each step through the link.
    await guest.goto(tracking);
    await expect(guest.getByTestId("help-status")).toHaveText(m("status.IN_PROGRESS"));
    await expect(guest.getByTestId("help-steps").locator("li")).toHaveCount(3);
    await expect(guest.getByText(E2E_HELP.organizer.name)).toBeVisible();
    await expect(guest.getByText("+7 701 555 12 34")).toHaveCount(0);
    await expectMail(email, m("email.accepted.subject"));
  });
}

test("the help form works without JavaScript and keeps what was typed when refused", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const m = messages("ru");
  const email = uniqueEmail("help-nojs");
  await page.goto("/ru/help");
  await page.locator("#category").selectOption("ANIMALS");
  await page.locator("#description").fill("Во дворе зимуют щенки, нужен утепленный домик и корм.");
  await page.locator("#regionCode").selectOption("ATYRAU");
  await page.locator("#settlement").fill("Атырау");
  // A city landline, not a mobile number.
  await page.locator("#contactPhone").fill("+7 7122 50 00 00");
  await page.getByRole("button", { name: m("form.submit") }).click();
  await expect(page.locator("#contactPhone-error")).toHaveText(m("errors.phone"));
  await expect(page.locator("#consentToShare-error")).toHaveText(m("errors.consent"));
  await expect(page.locator("#description")).toHaveValue("Во дворе зимуют щенки, нужен утепленный домик и корм.");
  await expect(page.locator("#contactPhone")).toHaveValue("+7 7122 50 00 00");
  // The summary above the form links to each field.
  await expect(page.getByRole("link", { name: m("errors.phone") })).toHaveAttribute("href", "#contactPhone");

  await page.locator("#contactPhone").fill("");
  await page.locator("#contactEmail").fill(email);
  await page.locator("#consentToShare").check();
  await page.getByRole("button", { name: m("form.submit") }).click();
  await expect(page).toHaveURL(/\/ru\/help\/[A-Za-z0-9_-]{20,}\?sent=1$/);
  await expect(page.getByTestId("help-status")).toHaveText(m("status.NEW"));
});
