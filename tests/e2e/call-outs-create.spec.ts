import { expect, test, type Browser } from "@playwright/test";
import { E2E_CALLOUT_CREATE } from "./accounts";
import { failOnConsoleErrors, signIn } from "./helpers";
import { expectMail } from "./mail";

async function signedIn(
  browser: Browser,
  locale: string,
  who: { email: string; password: string },
  allow: number[] = [],
) {
  const page = await (await browser.newContext()).newPage();
  failOnConsoleErrors(page, allow);
  await signIn(page, locale, who.email, who.password);
  return page;
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`staff call out volunteers; an opted-in volunteer gets it in the app and by email (${locale})`, async ({
    browser,
  }) => {
    const a = E2E_CALLOUT_CREATE[locale];
    const title = `Sandbags / Құм қаптары ${locale}-${Date.now().toString(36)}`;
    // The call-out's live page is built beside this one (co2); until then it may answer 404.
    const staff = await signedIn(browser, locale, a.staff, [404]);
    await staff.goto(`/${locale}/moderation`);
    await staff.getByTestId("moderation-call-outs-link").click();
    await expect(staff).toHaveURL(new RegExp(`/${locale}/moderation/call-outs$`));
    await staff.getByTestId("call-out-new").click();
    await expect(staff.getByTestId("call-out-form")).toBeVisible();

    // A refusal first: nothing typed is lost, the errors stand next to their fields.
    await staff.locator("#title").fill(title);
    await staff.locator("#peopleNeeded").fill("0");
    await staff.getByTestId("call-out-submit").click();
    await expect(staff.locator('[data-field-error="peopleNeeded"]')).toBeVisible();
    await expect(staff.locator('[data-field-error="description"]')).toBeVisible();
    await expect(staff.locator("#title")).toHaveValue(title);

    await staff
      .locator("#description")
      .fill("Flood: fill and lay sandbags along the dam, meeting point at the akimat.");
    await staff.locator("#peopleNeeded").fill("25");
    // The staff's only region is chosen already; its verified organizers are offered.
    await expect(staff.locator(`input[name="regions"][value="${a.region}"]`)).toBeChecked();
    const organizer = await staff.locator("#organizerId option", { hasText: a.organizer.name }).getAttribute("value");
    await staff.locator("#organizerId").selectOption(organizer!);
    await staff.getByTestId("call-out-submit").click();
    await staff.waitForURL(new RegExp(`/${locale}/moderation/call-outs/(?!new$)[a-z0-9]+$`));

    await staff.goto(`/${locale}/moderation/call-outs`);
    await expect(staff.getByTestId("call-outs")).toContainText(title);

    const volunteer = await signedIn(browser, locale, a.volunteer);
    await expect
      .poll(
        async () => {
          await volunteer.goto(`/${locale}/notifications`);
          return volunteer.getByText(title).count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    await expectMail(a.volunteer.email, title);
  });
}
