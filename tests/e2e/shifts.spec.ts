import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_SHIFTS } from "./accounts";

// Issue 12, part 1 (decision 0032), in each language: the organizer generates a weekly pattern
// of slots, a volunteer picks two of them, another waits in line for the first; the first
// volunteer can't come to it, the one waiting is promoted; each slot's .ics and the personal
// calendar feed download; the organizer edits a slot's places (a refusal kept in the form first);
// the volunteer reaches "My calendar" from the header.

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

/** One message of a namespace ("shifts", "applications"), plurals taken at their "other" form. */
function text(locale: Locale, ns: string, key: string, values: Record<string, string | number> = {}): string {
  let value: string | Messages | undefined = JSON.parse(
    fs.readFileSync(path.resolve(`src/messages/modules/${ns}/${locale}.json`), "utf8"),
  ) as Messages;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${ns}.${key} in ${locale}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), value);
}

async function openProject(page: Page, locale: Locale) {
  await page.goto(`/${locale}/organizers/${E2E_SHIFTS.organizer.slug}`);
  await page.getByRole("link", { name: E2E_SHIFTS.projects[locale].title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_SHIFTS.projects[locale].title);
}

async function applyFor(page: Page, locale: Locale, slots: number[]) {
  await openProject(page, locale);
  const form = page.getByTestId("apply-form");
  const boxes = form.getByTestId("apply-slots").getByRole("checkbox");
  await expect(boxes).toHaveCount(3);
  for (const i of slots) await boxes.nth(i).check();
  await form.getByRole("button", { name: text(locale, "applications", "apply.submit"), exact: true }).click();
  await expect(page.getByTestId("apply-done")).toBeVisible();
}

test.describe.serial("shifts", () => {
  for (const locale of LOCALES) {
    test(`slots from a weekly pattern, picked, given up and taken by the next in line, in ${locale}`, async ({
      browser,
    }) => {
      const owner = await browser.newPage({ locale });
      failOnConsoleErrors(owner);
      await signInAs(owner, E2E_SHIFTS.owner);
      await openProject(owner, locale);
      await owner.getByTestId("role-slots-link").click();
      await expect(owner.getByRole("heading", { level: 1 })).toContainText(E2E_SHIFTS.projects[locale].role);

      // Every Saturday for 3 weeks, one place each: the preview says 3 before anything is made.
      const pattern = owner.getByTestId("pattern-form");
      // From tomorrow (Kazakhstan's date): any 21 days hold exactly three Saturdays, all ahead.
      const tomorrow = new Date(Date.now() + 5 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
      await pattern.getByLabel(text(locale, "shifts", "organizer.from")).fill(tomorrow);
      await pattern.getByLabel(text(locale, "shifts", "weekday.6"), { exact: true }).check();
      await pattern.getByLabel(text(locale, "shifts", "organizer.weeks")).fill("3");
      await pattern.getByLabel(text(locale, "shifts", "organizer.capacity")).fill("1");
      await pattern.getByTestId("pattern-preview").click();
      await expect(owner.getByTestId("pattern-count")).toContainText("3");
      await expect(owner.getByTestId("organizer-slot")).toHaveCount(0);
      await owner.getByTestId("pattern-confirm").click();
      await expect(owner.getByTestId("shifts-done")).toContainText("3");
      await expect(owner.getByTestId("organizer-slot")).toHaveCount(3);

      // The first volunteer picks the first two Saturdays; both places are theirs.
      const [first, second] = E2E_SHIFTS.volunteers[locale];
      const a = await browser.newPage({ locale });
      failOnConsoleErrors(a);
      await signInAs(a, first);
      await applyFor(a, locale, [0, 1]);
      // The second wants the first Saturday too: full, so the waiting line.
      const b = await browser.newPage({ locale });
      failOnConsoleErrors(b);
      await signInAs(b, second);
      await applyFor(b, locale, [0]);
      await b.goto(`/${locale}/my/calendar`);
      await expect(b.getByTestId("my-signup")).toHaveCount(1);
      await expect(b.getByTestId("signup-status")).toHaveText(
        text(locale, "shifts", "status.WAITLISTED_AT", { position: 1 }),
      );

      // The organizer sees the fill and the line.
      await owner.reload();
      await expect(owner.getByTestId("slot-waitlist")).toContainText(second.name);

      // The first volunteer has two sign-ups, reached from the header; each slot has its .ics.
      await a.goto(`/${locale}`);
      await a.getByTestId("nav-my-calendar").click();
      await expect(a).toHaveURL(new RegExp(`/${locale}/my/calendar$`));
      await expect(a.getByTestId("nav-my-calendar")).toHaveText(text(locale, "shifts", "my.link"));
      const mine = a.getByTestId("my-signup");
      await expect(mine).toHaveCount(2);
      await expect(mine.getByTestId("signup-status")).toHaveText([
        text(locale, "shifts", "status.CONFIRMED"),
        text(locale, "shifts", "status.CONFIRMED"),
      ]);
      const href = await mine
        .first()
        .getByRole("link", { name: text(locale, "shifts", "my.addToCalendar") })
        .getAttribute("href");
      const ics = await a.request.get(href!, { maxRetries: 2 });
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain("BEGIN:VEVENT");

      // "I can't come" to the first Saturday, confirmed.
      await mine.first().getByTestId("cant-come").click();
      await mine.first().getByTestId("confirm-cant-come").click();
      await expect(a.getByTestId("shifts-done")).toHaveText(text(locale, "shifts", "done.cancelled"));
      await expect(a.getByTestId("my-signup")).toHaveCount(1);

      // The one waiting is promoted and told.
      await b.reload();
      await expect(b.getByTestId("signup-status")).toHaveText(text(locale, "shifts", "status.CONFIRMED"));

      // The organizer gives the first Saturday two more places. A refusal first (the end before
      // the start): the form stays open with what was typed and the error next to the end.
      await owner.reload();
      const slot = owner.getByTestId("organizer-slot").first();
      await expect(slot.getByTestId("slot-fill")).toHaveText(
        text(locale, "shifts", "organizer.fill", { taken: 1, capacity: 1 }),
      );
      await slot.getByTestId("edit-slot").click();
      const edit = slot.getByTestId("edit-slot-form");
      await expect(edit.getByLabel(text(locale, "shifts", "organizer.capacity"))).toHaveValue("1");
      await edit.getByLabel(text(locale, "shifts", "organizer.capacity")).fill("3");
      await edit.getByLabel(text(locale, "shifts", "organizer.end")).fill("09:00");
      await edit.getByTestId("save-slot").click();
      const refused = owner.getByTestId("organizer-slot").first().getByTestId("edit-slot-form");
      await expect(refused.locator('[data-field-error="edit-end"]')).toHaveText(
        text(locale, "shifts", "validation.endBeforeStart"),
      );
      await expect(refused.getByLabel(text(locale, "shifts", "organizer.capacity"))).toHaveValue("3");
      await refused.getByLabel(text(locale, "shifts", "organizer.end")).fill("14:00");
      await refused.getByTestId("save-slot").click();
      await expect(owner.getByTestId("shifts-done")).toBeVisible();
      await expect(owner.getByTestId("organizer-slot").first().getByTestId("slot-fill")).toHaveText(
        text(locale, "shifts", "organizer.fill", { taken: 1, capacity: 3 }),
      );
      await expect(owner.getByTestId("edit-slot-form")).toHaveCount(0);

      // The personal feed: made, shown once, downloads the volunteer's slot; revoked, gone.
      await a.getByTestId("feed-create").click();
      const feedUrl = await a.getByTestId("feed-url").textContent();
      const feedPath = new URL(feedUrl!).pathname;
      // A kept-alive connection the server has just closed resets: that one network error is retried.
      const feed = await a.request.get(feedPath, { maxRetries: 2 });
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toContain("text/calendar");
      const body = await feed.text();
      expect(body).toContain(E2E_SHIFTS.projects[locale].title.slice(0, 20));
      await a.getByTestId("feed-revoke").click();
      await expect(a.getByTestId("feed-url")).toHaveCount(0);
      expect((await a.request.get(feedPath, { maxRetries: 2 })).status()).toBe(404);

      await Promise.all([owner.close(), a.close(), b.close()]);
    });
  }
});
