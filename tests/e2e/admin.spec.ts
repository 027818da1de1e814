import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signIn, signUpVolunteer, uniqueEmail } from "./helpers";
import { E2E_ADMIN } from "./accounts";

test("an admin appoints regional staff, who then verify organizers of their region only", async ({ page, browser }) => {
  failOnConsoleErrors(page);
  // Someone signs up first (in their own browser context).
  const staffEmail = uniqueEmail("erlan");
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await signUpVolunteer(p2, "ru", {
    name: "Ерлан Сапаров",
    email: staffEmail,
    password: "front-office-astana",
    age: 35,
    region: "ASTANA",
  });
  await other.close();

  await signIn(page, "ru", E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("link", { name: "Сотрудники РФО" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сотрудники региональных фронт-офисов");

  await page.locator("#email").fill("nobody-here@e2e.asar");
  await page.locator("#regionCode").selectOption("ASTANA");
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.locator("[data-field-error=email]")).toHaveText(
    "С этим email никто не зарегистрирован. Попросите человека сначала зарегистрироваться на Asar, затем назначьте его здесь.",
  );

  await page.locator("#email").fill(staffEmail);
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByRole("status")).toHaveText(`${staffEmail} назначен сотрудником РФО.`);
  await expect(page.getByTestId("staff-list")).toContainText("Ерлан Сапаров");
  await expect(page.getByTestId("staff-list")).toContainText("Астана");
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();

  // The new staff member verifies an organizer of Astana, and has no say over Aktobe's.
  await signIn(page, "ru", staffEmail, "front-office-astana");
  await page.goto("/ru/organizers/e2e-aktobe-group");
  await expect(page.getByTestId("verification-badge")).toHaveText("Ожидает проверки");
  await expect(page.getByRole("button", { name: "Подтвердить" })).toHaveCount(0);
  await page.goto("/ru/organizers/e2e-astana-group");
  await expect(page.getByTestId("verification-badge")).toHaveText("Ожидает проверки");
  await page.getByRole("button", { name: "Отказать в верификации" }).click();
  await expect(page.locator("[data-field-error=reason]")).toHaveText("Заполните это поле.");
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByTestId("verification-badge")).toContainText("Проверен");
  await expect(page.getByRole("button", { name: "Подтвердить" })).toBeDisabled();
});

test("a volunteer cannot open the admin page", async ({ page }) => {
  const email = uniqueEmail("curious");
  await signUpVolunteer(page, "en", {
    name: "Curious Person",
    email,
    password: "just-looking-around",
    age: 25,
    region: "ASTANA",
  });
  const response = await page.goto("/en/admin/staff");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
