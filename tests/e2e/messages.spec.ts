import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_MESSAGES } from "./accounts";

// Issue 12, part 3: in each language a volunteer writes to the organizer from their application,
// the team sees the unread badge and answers, the team reports the volunteer's message, and the
// region's front office hides it (in English also blocking the sender, whose next message is
// refused with the text kept).

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

/** One message of the messages namespace, "thread.report" style, with {placeholders} filled. */
function text(locale: Locale, key: string, values: Record<string, string> = {}): string {
  let value: string | Messages | undefined = JSON.parse(
    fs.readFileSync(path.resolve(`src/messages/modules/messages/${locale}.json`), "utf8"),
  ) as Messages;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), value);
}

async function pageAs(browser: Browser, who: { email: string; password: string }, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  failOnConsoleErrors(page);
  await signInAs(page, who, locale);
  return page;
}

async function send(page: Page, locale: Locale, body: string) {
  const composer = page.getByTestId("message-composer");
  await composer.getByLabel(text(locale, "composer.label")).fill(body);
  await composer.getByRole("button", { name: text(locale, "composer.submit") }).click();
}

test.describe.serial("messages between a volunteer and an organizer's team", () => {
  for (const locale of LOCALES) {
    test(`exchange, unread badge, report and hiding in ${locale}`, async ({ browser }) => {
      const v = E2E_MESSAGES.volunteers[locale];
      const question = `${locale}: Where do we meet? Map: https://2gis.kz/petropavl`;
      const answer = `${locale}: At the library at 10:00.`;

      // The volunteer opens the conversation from their application: empty until the first message.
      const volunteer = await pageAs(browser, v, locale);
      await volunteer.goto(`/${locale}/my/applications`);
      await volunteer.getByTestId("application-message-link").click();
      await expect(volunteer.getByRole("heading", { level: 1 })).toContainText(E2E_MESSAGES.project.title);
      await expect(volunteer.getByText(text(locale, "thread.empty"))).toBeVisible();
      await send(volunteer, locale, question);
      await expect(volunteer).toHaveURL(new RegExp(`/${locale}/messages/[a-z0-9]+`));
      const sent = volunteer.getByTestId("message").filter({ hasText: question });
      await expect(sent).toHaveCount(1);
      // The address is a safe link; the rest stays text.
      await expect(sent.getByRole("link", { name: "https://2gis.kz/petropavl" })).toHaveAttribute(
        "rel",
        "noopener nofollow ugc",
      );
      const threadUrl = volunteer.url();

      // The team: the header counts the unread conversation; the inbox marks it; opening reads it.
      const owner = await pageAs(browser, E2E_MESSAGES.owner, locale);
      const badge = owner.getByTestId("nav-messages").getByTestId("messages-unread-count");
      await expect(badge).toHaveText("1");
      await owner.getByTestId("nav-messages").click();
      const row = owner.getByTestId("conversation").filter({ hasText: v.name });
      await expect(row.getByTestId("conversation-unread")).toBeVisible();
      await row.getByRole("link", { name: v.name }).click();
      await expect(owner.getByTestId("message").filter({ hasText: question })).toHaveCount(1);
      await expect(badge).toHaveCount(0);
      await send(owner, locale, answer);
      await expect(owner.getByTestId("message").filter({ hasText: answer })).toHaveCount(1);

      // The team reports the volunteer's message.
      const reported = owner.getByTestId("message").filter({ hasText: question });
      await reported.getByText(text(locale, "thread.report")).click();
      await reported.getByLabel(text(locale, "thread.reportReason")).fill("Test report");
      await reported.getByRole("button", { name: text(locale, "thread.reportSend") }).click();
      await expect(owner.getByText(text(locale, "done.reported"))).toBeVisible();

      // The volunteer sees the answer come in.
      await volunteer.goto(`/${locale}`);
      await expect(volunteer.getByTestId("nav-messages").getByTestId("messages-unread-count")).toHaveText("1");
      await volunteer.goto(threadUrl);
      await expect(volunteer.getByTestId("message").filter({ hasText: answer })).toHaveCount(1);

      // The front office of the region hides it (and in English blocks the sender too).
      const staff = await pageAs(browser, E2E_MESSAGES.staff, locale);
      await staff.goto(`/${locale}/moderation/messages`);
      const item = staff.getByTestId("reported-message").filter({ hasText: question });
      await expect(item).toHaveCount(1);
      const block = locale === "en";
      await item.getByTestId(block ? "report-hideAndBlock" : "report-hide").click();
      await expect(staff.getByText(text(locale, "done.hidden"))).toBeVisible();
      await expect(staff.getByTestId("reported-message").filter({ hasText: question })).toHaveCount(0);

      await volunteer.reload();
      await expect(volunteer.getByText(text(locale, "thread.hidden"))).toBeVisible();
      await expect(volunteer.getByTestId("message").filter({ hasText: question })).toHaveCount(0);
      if (block) {
        const refused = "Still here?";
        await send(volunteer, locale, refused);
        await expect(volunteer.getByRole("alert").filter({ hasText: text(locale, "errors.BLOCKED") })).toBeVisible();
        await expect(volunteer.getByLabel(text(locale, "composer.label"))).toHaveValue(refused);
      }
      for (const p of [volunteer, owner, staff]) await p.context().close();
    });
  }
});
