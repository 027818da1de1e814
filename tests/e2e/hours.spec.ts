import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, serverRoundTrips, signInAs } from "./helpers";
import { E2E_HOURS } from "./accounts";

/** Nothing on the page needs sideways scrolling at the current viewport. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an organizer confirms a role's hours in bulk, and the volunteer sees them confirmed", async ({
  page,
  browser,
}) => {
  failOnConsoleErrors(page);
  await signInAs(page, E2E_HOURS.owner, "ru");
  await page.getByRole("link", { name: "Наши проекты" }).click();
  await page
    .getByRole("listitem")
    .filter({ hasText: E2E_HOURS.projectTitle })
    .getByTestId("project-hours-link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Явка и часы");
  await expect(page.getByTestId("hours-summary")).toContainText("1 принятый волонтер");

  const row = page.getByTestId("hours-volunteer").filter({ hasText: E2E_HOURS.volunteer.name });
  await expect(row.getByTestId("attendance")).toHaveText("Не отмечено");

  // Nobody selected: told so, nothing sent.
  await page.locator("#bulk-hours").fill("4.5");
  await page.getByRole("button", { name: "Подтвердить часы", exact: true }).click();
  await expect(page.locator("[data-field-error=applicationIds]")).toHaveText("Выберите хотя бы одного волонтера.");

  // Over the bound: the error is next to the field and what was typed stays.
  await page.getByRole("checkbox", { name: `Выбрать: ${E2E_HOURS.volunteer.name}` }).check();
  await page.locator("#bulk-hours").fill("13");
  await page.getByRole("button", { name: "Подтвердить часы", exact: true }).click();
  await expect(page.locator("[data-field-error=bulk-hours]")).toHaveText(
    "В одной записи может быть не больше 12 часов.",
  );
  await expect(page.locator("#bulk-hours")).toHaveValue("13");

  await page.locator("#bulk-hours").fill("4.5");
  // The action's answer carries the updated page: one request, no refresh after it.
  const confirming = await serverRoundTrips(page, async () => {
    await page.getByRole("button", { name: "Подтвердить часы", exact: true }).click();
    await expect(page.getByText("Часы подтверждены 1 волонтеру.")).toBeVisible();
    await expect(row.getByTestId("volunteer-hours")).toHaveText("Подтверждено: 4,5 ч");
  });
  expect(confirming).toEqual({ actions: 1, refreshes: 0 });
  await expect(row.getByTestId("attendance")).toHaveText("Пришел(ла)");
  await expect(row.getByTestId("hours-status")).toHaveText("Подтверждено");
  await expect(page.getByTestId("role-confirmed-hours")).toHaveText("4,5");

  // The page works on a 320 px phone too.
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoSidewaysScroll(page);

  // The volunteer finds the confirmed hours from "My applications", and was notified.
  const context = await browser.newContext();
  const volunteer = await context.newPage();
  failOnConsoleErrors(volunteer);
  await signInAs(volunteer, E2E_HOURS.volunteer, "ru");
  await volunteer.goto("/ru/my/applications");
  await volunteer
    .getByTestId("my-application")
    .filter({ hasText: E2E_HOURS.projectTitle })
    .getByTestId("application-hours-link")
    .click();
  await expect(volunteer.getByRole("heading", { level: 1 })).toHaveText("Мои часы");
  const item = volunteer.getByTestId("my-hours-item").filter({ hasText: E2E_HOURS.projectTitle });
  await expect(item.getByTestId("hours-status")).toHaveText("Подтверждено");
  await expect(item.getByTestId("my-project-hours")).toHaveText("Подтверждено в этом проекте: 4,5 ч");
  await expect(volunteer.getByTestId("my-hours-total")).toHaveText("Всего подтверждено: 4,5 ч");
  await volunteer.setViewportSize({ width: 320, height: 740 });
  await expectNoSidewaysScroll(volunteer);
  await volunteer.goto("/ru/notifications");
  await expect(
    volunteer.getByText(`Организатор подтвердил ваши волонтерские часы в проекте «${E2E_HOURS.projectTitle}».`),
  ).toBeVisible();
  await context.close();
});
