import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, uniqueEmail } from "./helpers";
import { makeBin } from "../../src/domain/bin";

test("an organizer signs up, is told about a wrong BIN, and sees its public page", async ({ page }) => {
  failOnConsoleErrors(page);
  const bin = makeBin(`2105400${String(Date.now()).slice(-4)}`);
  const wrongBin = bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10);
  const name = `Ақтөбе, тыныс ал! ${Date.now().toString(36)}`;

  await page.goto("/kk/sign-up/organizer");
  await page.locator("#orgName").fill(name);
  await page.locator("#form").selectOption("REGISTERED");
  await page.locator("#legalForm").selectOption("PUBLIC_ASSOCIATION");
  await page.locator("#bin").fill(wrongBin);
  await page.locator("#regionCode").selectOption("AKTOBE");
  await page.locator("#settlement").fill("Ақтөбе");
  await page.getByLabel("Экологиялық волонтерлік").check();
  await page.locator("#orgEmail").fill(uniqueEmail("org"));
  await page.locator("#name").fill("Дана Ахметова");
  await page.locator("#email").fill(uniqueEmail("dana"));
  await page.locator("#password").fill("clean-air-aktobe");
  await page.getByRole("button", { name: "Ұйымдастырушыны тіркеу" }).click();
  await expect(page.locator("[data-field-error=bin]")).toContainText("Бұл БСН жарамсыз");

  await page.locator("#bin").fill(bin);
  await page.getByRole("button", { name: "Ұйымдастырушыны тіркеу" }).click();
  await expect(page).toHaveURL(/\/kk\/organizers\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("verification-badge")).toHaveText("Тексеруді күтуде");
  await expect(page.getByText(bin)).toBeVisible();

  // The page is public: a guest sees it too, without edit rights.
  const url = page.url().replace(/\?.*$/, "");
  await page.getByRole("button", { name: "Шығу", exact: true }).click();
  await expect(page.getByRole("link", { name: "Кіру" })).toBeVisible();
  await page.goto(url.replace("/kk/", "/en/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("verification-badge")).toHaveText("Awaiting verification");
  await expect(page.getByRole("link", { name: "Edit profile" })).toHaveCount(0);
});
