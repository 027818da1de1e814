import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_AFTER } from "./accounts";

// Issue 12, part 5, in each language: a volunteer who took part leaves a testimonial, the
// organizer replies once, and both show on the project page; the organizer duplicates the project
// to a new date, saves it as a template and makes another project from the template.

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

/** One message of a module's namespace ("testimonials", "form.submit"). */
function text(ns: string, locale: Locale, key: string, values: Record<string, string> = {}): string {
  let value: string | Messages | undefined = JSON.parse(
    fs.readFileSync(path.resolve(`src/messages/modules/${ns}/${locale}.json`), "utf8"),
  ) as Messages;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${ns}.${key} in ${locale}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), value);
}
const t = (locale: Locale, key: string, values?: Record<string, string>) => text("testimonials", locale, key, values);
const tt = (locale: Locale, key: string) => text("projectTemplates", locale, key);

/** A calendar date `days` from today, as a date input takes it. */
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function openProject(page: Page, locale: Locale) {
  const title = E2E_AFTER.locales[locale].project;
  await page.goto(`/${locale}/organizers/${E2E_AFTER.organizer.slug}`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test.describe.serial("after the project", () => {
  for (const locale of LOCALES) {
    const l = E2E_AFTER.locales[locale];
    const words = `${l.volunteer.name}: ${locale} — the Saturdays were well organised, thank you!`;
    const reply = `${locale}: thank you for coming, see you next winter!`;

    test(`a volunteer who took part leaves a testimonial in ${locale}`, async ({ page }) => {
      failOnConsoleErrors(page);
      await signInAs(page, l.volunteer, locale);
      await openProject(page, locale);
      const form = page.getByTestId("testimonial-form");
      await expect(form).toBeVisible();
      // Nothing chosen and nothing written: both refused, in the page's language.
      await form.getByRole("button", { name: t(locale, "form.submit") }).click();
      await expect(form.getByText(t(locale, "validation.rating")).first()).toBeVisible();
      await form.locator("label", { hasText: "4" }).click();
      await form.getByLabel(t(locale, "form.body")).fill(words);
      await form.getByRole("button", { name: t(locale, "form.submit") }).click();
      const item = page.getByTestId("testimonial").filter({ hasText: words });
      await expect(item).toBeVisible();
      await expect(item).toContainText(l.short);
      await expect(item.getByRole("img", { name: t(locale, "stars", { rating: "4" }) })).toBeVisible();
      // Written once: the form is gone.
      await expect(page.getByTestId("testimonial-form")).toHaveCount(0);
    });

    test(`the organizer replies, duplicates the project and makes one from a template in ${locale}`, async ({
      page,
    }) => {
      failOnConsoleErrors(page);
      await signInAs(page, E2E_AFTER.owner, locale);
      await openProject(page, locale);
      const item = page.getByTestId("testimonial").filter({ hasText: words });
      await item.getByText(t(locale, "reply.open"), { exact: true }).click();
      await item.getByLabel(t(locale, "reply.label")).fill(reply);
      await item.getByRole("button", { name: t(locale, "reply.submit") }).click();
      await expect(item.getByTestId("reply")).toContainText(reply);
      // Replied once: no second reply offered.
      await expect(item.getByText(t(locale, "reply.open"), { exact: true })).toHaveCount(0);

      // The section with a testimonial, its reply and the folded report form: nothing for axe.
      const axe = await new AxeBuilder({ page })
        .include("#testimonials")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

      // Everyone sees both on the project page.
      const anonymous = await page.context().browser()!.newPage();
      await anonymous.goto(page.url());
      await expect(anonymous.getByTestId("testimonial").filter({ hasText: words }).getByTestId("reply")).toContainText(
        reply,
      );
      await anonymous.close();

      // Save it as a template first (the duplicate then leaves this page).
      const copy = page.getByTestId("copy-project");
      const templateName = `Template ${locale} (e2e)`;
      await copy.getByLabel(tt(locale, "copy.name")).fill(templateName);
      await copy.getByRole("button", { name: tt(locale, "copy.templateSubmit") }).click();
      await expect(copy.getByRole("status")).toHaveText(tt(locale, "copy.saved"));

      // Duplicate to a date a month ahead: a new draft with the same title.
      const source = page.url();
      await copy.getByLabel(tt(locale, "copy.startDate")).fill(dateIn(30));
      await copy.getByRole("button", { name: tt(locale, "copy.duplicateSubmit") }).click();
      await expect(page).not.toHaveURL(source);
      await expect(page).toHaveURL(/\?created=1/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.project);

      // From the template, on the templates page.
      await page.goto(`/${locale}/organizers/${E2E_AFTER.organizer.slug}/templates`);
      const template = page.getByTestId("template").filter({ hasText: templateName });
      await template.getByLabel(tt(locale, "list.startDate")).fill(dateIn(60));
      await template.getByRole("button", { name: tt(locale, "list.create") }).click();
      await expect(page).toHaveURL(/\/projects\/[^/]+\?created=1/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.project);
    });
  }
});
