import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { birthDateYearsAgo, failOnConsoleErrors, signInAs, signUpVolunteer, uniqueEmail } from "./helpers";
import { E2E_ADMIN, E2E_FORMS, E2E_ORGANIZER_OWNER } from "./accounts";

// The journeys of issue 10 around forms, in each language: sign in or up from a project and come
// back to it; a language switch keeps what was typed; the error summary leads to each field and
// every field names its hint and error for screen readers; focus goes to what happened.

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

function messages(locale: Locale): Messages {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(file), "utf8")) as Messages;
  return {
    ...read(`src/messages/${locale}.json`),
    applications: read(`src/messages/modules/applications/${locale}.json`),
    profile: read(`src/messages/modules/account/${locale}.json`),
  };
}
/** One message of the locale's files, "signIn.submit" style. */
function text(locale: Locale, key: string): string {
  let value: string | Messages | undefined = messages(locale);
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
  return value;
}

/** The path of the forms project, from its organizer's public page. */
async function projectPath(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/organizers/${E2E_FORMS.organizer.slug}`);
  await page.getByRole("link", { name: E2E_FORMS.projectTitle }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_FORMS.projectTitle);
  return new URL(page.url()).pathname;
}

const focusedHeading = (page: Page) =>
  page.evaluate(() => (document.activeElement?.tagName === "H1" ? document.activeElement.textContent : null));

for (const locale of LOCALES) {
  test.describe(`forms in ${locale}`, () => {
    test("signing in from a project comes back to it", async ({ page }) => {
      failOnConsoleErrors(page);
      const project = await projectPath(page, locale);
      const box = page.getByTestId("apply-sign-in");
      await box.getByRole("link", { name: text(locale, "applications.apply.signIn") }).click();
      await expect(page).toHaveURL(`/${locale}/sign-in?next=${encodeURIComponent(project)}`);
      // The sign-up link of the sign-in page keeps the way back too.
      await expect(page.locator("main").getByRole("link", { name: text(locale, "signIn.signUpLink") })).toHaveAttribute(
        "href",
        `/${locale}/sign-up?next=${encodeURIComponent(project)}`,
      );
      await page.locator("#email").fill(E2E_FORMS.volunteer.email);
      await page.locator("#password").fill(E2E_FORMS.volunteer.password);
      await page.getByRole("button", { name: text(locale, "signIn.submit") }).click();
      await expect(page).toHaveURL(project);
      await expect(page.getByTestId("viewer-name")).toHaveText(E2E_FORMS.volunteer.name);
      await expect(page.getByTestId("apply-form")).toBeVisible();
      // Focus is on the new page's heading, not left where the sign-in button was.
      await expect.poll(() => focusedHeading(page)).toBe(E2E_FORMS.projectTitle);
    });

    test("signing up from a project comes back to it, and applying says so with the focus on it", async ({ page }) => {
      failOnConsoleErrors(page);
      const project = await projectPath(page, locale);
      await page.getByRole("link", { name: text(locale, "applications.apply.signUp") }).click();
      await expect(page).toHaveURL(`/${locale}/sign-up?next=${encodeURIComponent(project)}`);
      await page.getByRole("link", { name: text(locale, "signUp.volunteer.title") }).click();
      await expect(page).toHaveURL(`/${locale}/sign-up/volunteer?next=${encodeURIComponent(project)}`);
      const name = `Ерлан ${locale.toUpperCase()} Сейіт`;
      await page.locator("#name").fill(name);
      await page.locator("#email").fill(uniqueEmail(`forms-${locale}`));
      await page.locator("#password").fill("saryarka-steppe-tulip-7");
      await page.locator("#birthDate").fill(birthDateYearsAgo(24));
      await page.locator("#regionCode").selectOption("SHYMKENT");
      await page.getByRole("button", { name: text(locale, "signUp.volunteer.submit") }).click();

      await expect(page).toHaveURL(project);
      await expect(page.getByTestId("viewer-name")).toHaveText(name);
      await expect.poll(() => focusedHeading(page)).toBe(E2E_FORMS.projectTitle);

      await page.getByTestId("apply-form").locator("textarea").fill("I read aloud well.");
      await page.getByRole("button", { name: text(locale, "applications.apply.submit"), exact: true }).click();
      const done = page.getByTestId("apply-done").getByRole("status");
      await expect(done).toHaveText(text(locale, "applications.apply.success.SUBMITTED"));
      await expect(done).toBeFocused();
    });

    test("a language switch keeps what was typed, never the password", async ({ page }) => {
      failOnConsoleErrors(page);
      const other: Locale = locale === "kk" ? "ru" : locale === "ru" ? "en" : "kk";
      await page.goto(`/${locale}/sign-up/volunteer`);
      await page.locator("#name").fill("Әлия Тұрсынқызы");
      await page.locator("#email").fill("aliya@example.kz");
      await page.locator("#password").fill("never-stored-anywhere-42");
      await page.locator("#birthDate").fill("2001-03-08");
      await page.locator(`a[hreflang=${other}]`).click();
      await expect(page).toHaveURL(`/${other}/sign-up/volunteer`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(other, "signUp.volunteer.title"));
      await expect(page.locator("#name")).toHaveValue("Әлия Тұрсынқызы");
      await expect(page.locator("#email")).toHaveValue("aliya@example.kz");
      await expect(page.locator("#birthDate")).toHaveValue("2001-03-08");
      await expect(page.locator("#password")).toHaveValue("");
      const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
      expect(stored).not.toContain("never-stored-anywhere-42");
      // The page in the new language signs up in it, with what was kept.
      await expect(page.locator("html")).toHaveAttribute("lang", other);
    });

    test("the error summary leads to each field, and each field names its hint and error", async ({ page }) => {
      failOnConsoleErrors(page);
      await page.goto(`/${locale}/sign-up/volunteer`);
      await page.locator("#email").fill("not-an-email");
      await page.getByRole("button", { name: text(locale, "signUp.volunteer.submit") }).click();

      const summary = page.getByTestId("error-summary");
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("heading")).toHaveText(text(locale, "forms.errorSummary"));
      const required = text(locale, "validation.required");
      // In the order of the form: name first.
      const first = summary.getByRole("link").first();
      // Each link names its field: several say the same "required".
      const nameLabel = (await page.locator("label[for=name]").innerText()).replace(/\s*\*\s*$/, "").trim();
      await expect(first).toHaveText(`${nameLabel}: ${required}`);
      await expect(first).toHaveAttribute("href", "#name");
      await expect(summary.getByRole("link", { name: text(locale, "validation.email") })).toHaveAttribute(
        "href",
        "#email",
      );
      await first.click();
      await expect(page.locator("#name")).toBeFocused();

      // The control says why it is invalid: its error (and hint) by id.
      const name = page.locator("#name");
      await expect(name).toHaveAttribute("aria-invalid", "true");
      await expect(name).toHaveAttribute("aria-describedby", "name-error");
      await expect(page.locator("#name-error")).toHaveText(required);
      const password = page.locator("#password");
      await expect(password).toHaveAttribute("aria-describedby", "password-hint password-error");
      await expect(page.locator("#password-hint")).toHaveText(text(locale, "fields.passwordHint"));
      await expect(page.locator("#regionCode")).toHaveAttribute("aria-describedby", "regionCode-error");

      // Fixed fields leave the summary when submitted again.
      await name.fill("Дәулет Әсетұлы");
      await page.getByRole("button", { name: text(locale, "signUp.volunteer.submit") }).click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link", { name: required })).toHaveCount(2);
      await expect(name).not.toHaveAttribute("aria-invalid", "true");
    });
  });
}

test("a return address to another site is never followed", async ({ page }) => {
  failOnConsoleErrors(page);
  for (const next of ["//evil.com", "https://evil.com", "/\\evil.com", "%2F%2Fevil.com", "https:%2F%2Fevil.com"]) {
    await page.goto(`/kk/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page.locator("main").getByRole("link", { name: text("kk", "signIn.signUpLink") })).toHaveAttribute(
      "href",
      "/kk/sign-up",
    );
    await page.goto(`/ru/sign-up/volunteer?next=${encodeURIComponent(next)}`);
    await expect(page.locator("main").getByRole("link", { name: text("ru", "signUp.signInLink") })).toHaveAttribute(
      "href",
      "/ru/sign-in",
    );
  }
  await page.goto(`/en/sign-in?next=${encodeURIComponent("//evil.com/en")}`);
  await page.locator("#email").fill(E2E_FORMS.volunteer.email);
  await page.locator("#password").fill(E2E_FORMS.volunteer.password);
  await page.getByRole("button", { name: text("en", "signIn.submit") }).click();
  await expect(page.getByTestId("viewer-name")).toBeVisible();
  // Home, on this site.
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/en$/);
});

test("a 15-year-old is shown where to add the guardian's consent", async ({ page }) => {
  failOnConsoleErrors(page);
  await signUpVolunteer(page, "ru", {
    name: "Тимур Ахметов",
    email: uniqueEmail("teen"),
    password: "mountain-apple-orchard-15",
    age: 15,
    region: "SHYMKENT",
  });
  await projectPath(page, "ru");
  const refusal = page.getByTestId("apply-refusal");
  await expect(refusal).toHaveAttribute("data-reason", "NO_GUARDIAN_CONSENT");
  await refusal.getByRole("link", { name: text("ru", "applications.apply.addConsent") }).click();
  await expect(page).toHaveURL(/\/ru\/profile#guardian$/);
  await expect(page.locator("#guardian")).toBeVisible();
  await expect(page.locator("#guardianName")).toBeVisible();
});

test("an empty project title says it is required", async ({ page }) => {
  failOnConsoleErrors(page);
  await signInAs(page, E2E_ORGANIZER_OWNER);
  await page.goto(`/en/organizers/${E2E_ORGANIZER_OWNER.slug}/projects/new`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("[data-field-error=title]")).toHaveText(text("en", "validation.required"));
  await page.locator("#title").fill("Ab");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("[data-field-error=title]")).toHaveText("Please write a little more.");
});

test("appointing someone without an account says to sign up first, once", async ({ page }) => {
  failOnConsoleErrors(page);
  await signInAs(page, E2E_ADMIN);
  await page.goto("/en/admin/staff");
  await page.locator("#email").fill("nobody-at-all@e2e.asar");
  await page.locator("#regionCode").selectOption("ASTANA");
  await page.getByRole("button", { name: "Appoint" }).click();
  const said = text("en", "staff.noAccount");
  await expect(page.locator("[data-field-error=email]")).toHaveText(said);
  // The summary links to the field; no banner repeats it.
  await expect(page.getByTestId("error-summary").getByRole("link", { name: said })).toHaveAttribute("href", "#email");
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
  await expect(page.locator("#email")).toHaveAttribute("aria-describedby", "email-hint email-error");
});
