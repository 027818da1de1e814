import { expect, test } from "@playwright/test";
import { birthDateYearsAgo, failOnConsoleErrors, signUpVolunteer, uniqueEmail } from "./helpers";

test("a person signs up as a volunteer, edits the profile, signs out and back in", async ({ page }) => {
  failOnConsoleErrors(page);
  const email = uniqueEmail("aigerim");
  const password = "steppe-wind-2026";

  await page.goto("/ru/sign-up/volunteer");
  // Errors appear next to the fields, in Russian, and nothing typed is lost.
  await page.locator("#name").fill("Айгерім Серікова");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("short");
  await page.locator("#birthDate").fill(birthDateYearsAgo(12));
  await page.getByRole("button", { name: "Создать аккаунт волонтера" }).click();
  await expect(page.locator("[data-field-error=password]")).toHaveText("Пароль должен быть не короче 8 символов.");
  await expect(page.locator("[data-field-error=birthDate]")).toHaveText("Волонтеру должно быть не меньше 14 лет.");
  await expect(page.locator("[data-field-error=regionCode]")).toBeVisible();
  await expect(page.locator("#name")).toHaveValue("Айгерім Серікова");

  await page.locator("#password").fill(password);
  await page.locator("#birthDate").fill(birthDateYearsAgo(21));
  await page.locator("#regionCode").selectOption("ASTANA");
  await page.getByRole("button", { name: "Создать аккаунт волонтера" }).click();

  await expect(page).toHaveURL(/\/ru\/profile/);
  await expect(page.getByRole("heading", { name: "Мой профиль волонтера" })).toBeVisible();
  await expect(page.getByTestId("viewer-name")).toHaveText("Айгерім Серікова");
  const welcome = page.getByText("Добро пожаловать в Asar! Расскажите организаторам немного о себе.");
  await expect(welcome).toBeVisible();

  await page.locator("#settlement").fill("Астана");
  await page.locator("#skills").fill("первая помощь, фотосъёмка");
  await page.getByLabel("Экологическое волонтерство").check();
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByText("Профиль сохранён.")).toBeVisible();
  // The welcome has done its job once the profile is saved.
  await expect(welcome).toHaveCount(0);

  await page.reload();
  await expect(page.locator("#settlement")).toHaveValue("Астана");
  await expect(page.locator("#skills")).toHaveValue("первая помощь, фотосъёмка");
  await expect(page.getByLabel("Экологическое волонтерство")).toBeChecked();

  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
  await page.goto("/ru/profile");
  await expect(page).toHaveURL(/\/ru\/sign-in\?next=/);

  // Signing in from there leads back to the page that asked for it.
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ru\/profile$/);
  await expect(page.locator("#settlement")).toHaveValue("Астана");
});

test("a taken email and a wrong password get clear messages", async ({ page }) => {
  failOnConsoleErrors(page, [401]);
  const email = uniqueEmail("bolat");
  await signUpVolunteer(page, "en", {
    name: "Bolat Nurlanov",
    email,
    password: "northern-lights-9",
    age: 30,
    region: "PAVLODAR",
  });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/en/sign-up/volunteer");
  await page.locator("#name").fill("Bolat Again");
  await page.locator("#email").fill(email.toUpperCase());
  await page.locator("#password").fill("northern-lights-9");
  await page.locator("#birthDate").fill(birthDateYearsAgo(30));
  await page.locator("#regionCode").selectOption("PAVLODAR");
  await page.getByRole("button", { name: "Create my volunteer account" }).click();
  await expect(page.locator("[data-field-error=email]")).toHaveText(
    "An account with this email already exists. Sign in instead.",
  );

  await page.goto("/en/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("not-the-password");
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("form [role=alert]")).toHaveText("Wrong email or password.");
  await expect(page.locator("#email")).toHaveValue(email);
});
