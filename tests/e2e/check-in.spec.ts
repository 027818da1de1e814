import fs from "node:fs";
import pg from "pg";
import { expect, test, type Browser } from "@playwright/test";
import { E2E_CHECK_IN } from "./accounts";
import { failOnConsoleErrors, signIn } from "./helpers";

/** A text of a message namespace in a locale, by its dotted key. */
const messages = (locale: string, ns: string) => {
  const all = JSON.parse(fs.readFileSync(`src/messages/modules/${ns}/${locale}.json`, "utf8")) as Record<
    string,
    unknown
  >;
  return (key: string): string => {
    const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], all);
    if (typeof v !== "string") throw new Error(`no ${ns}.${key} in ${locale}`);
    return v;
  };
};

const BROWSER_LOCALE = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" } as const;

async function newPage(browser: Browser, locale: keyof typeof BROWSER_LOCALE) {
  const page = await (await browser.newContext({ locale: BROWSER_LOCALE[locale] })).newPage();
  failOnConsoleErrors(page);
  return page;
}

for (const c of E2E_CHECK_IN) {
  test(`a volunteer checks in and out by the QR code and the organizer confirms the proposed hours (${c.locale})`, async ({
    browser,
  }) => {
    // Two browsers, a poster PDF and four pages each: more than a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const t = messages(c.locale, "checkIn");

    // The organizer opens the check-in page from the project's hours page: today's slot, its QR,
    // and the poster, a real PDF.
    const org = await newPage(browser, c.locale);
    await signIn(org, c.locale, c.owner.email, c.owner.password);
    await org.goto(`/${c.locale}/organizers/${c.organizer.slug}/applications`);
    await org.getByTestId("project-hours-link").click();
    await org.getByRole("link", { name: t("board.link") }).click();
    await expect(org.getByRole("heading", { level: 1 })).toHaveText(t("board.title"));
    const occurrence = org.getByTestId("check-in-occurrence");
    await expect(occurrence).toHaveCount(1);
    await expect(occurrence).toContainText(c.roleTitle);
    await expect(occurrence.getByTestId("check-in-qr").locator("svg")).toBeVisible();
    const qrUrl = (await occurrence.getByTestId("check-in-link").getAttribute("href"))!;
    expect(qrUrl).toMatch(/\/check-in\/s-[a-z0-9]+-[0-9a-f]{20}$/);
    const poster = await org.request.get((await occurrence.getByTestId("check-in-poster").getAttribute("href"))!);
    expect(poster.status()).toBe(200);
    expect(poster.headers()["content-type"]).toBe("application/pdf");
    const pdf = await poster.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");

    // The volunteer scans it signed out: signs in and comes back to the check-in page.
    const vol = await newPage(browser, c.locale);
    await vol.goto(qrUrl);
    await expect(vol).toHaveURL(/\/sign-in\?next=/);
    await vol.locator("#email").fill(c.volunteer.email);
    await vol.locator("#password").fill(c.volunteer.password);
    await vol.locator("form button[type=submit]").click();
    await expect(vol).toHaveURL(new RegExp(`/${c.locale}/check-in/s-`));
    await expect(vol.getByRole("heading", { level: 1 })).toHaveText(t("scan.title"));
    await vol.getByRole("button", { name: t("scan.checkIn") }).click();
    await expect(vol.getByTestId("check-in-status")).toBeVisible();
    await expect(vol.getByRole("button", { name: t("scan.checkOut") })).toBeVisible();

    // Three hours pass (the clock of the check-in, moved in the database).
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    await db.query(
      `UPDATE "CheckIn" c SET "checkedInAt" = c."checkedInAt" - interval '3 hours' FROM "User" u WHERE u.id = c."volunteerId" AND u.email = $1`,
      [c.volunteer.email],
    );
    await db.end();

    await vol.getByRole("button", { name: t("scan.checkOut") }).click();
    await expect(vol.getByTestId("check-in-status")).toContainText("3");
    await expect(vol.getByTestId("check-in-button")).toHaveCount(0);
    // Scanning a third time: done, nothing to press.
    await vol.goto(qrUrl);
    await expect(vol.getByTestId("check-in-status")).toBeVisible();
    await expect(vol.getByTestId("check-in-button")).toHaveCount(0);

    // The organizer confirms the proposed hours on the hours page.
    await org.goto(`/${c.locale}/organizers/${c.organizer.slug}/applications`);
    await org.getByTestId("project-hours-link").click();
    await expect(org.getByTestId("proposed-row")).toContainText(c.volunteer.name);
    await org.getByTestId("confirm-proposed").click();
    await expect(org.getByTestId("proposed-hours")).toHaveCount(0);
    await expect(org.getByTestId("role-confirmed-hours")).toHaveText("3");

    // They are in the volunteer's record.
    await vol.goto(`/${c.locale}/my/record`);
    await expect(vol.getByTestId("record-total")).toHaveText("3");
  });
}
