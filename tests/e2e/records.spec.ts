import { expect, test, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { failOnConsoleErrors, signInAs, signUpVolunteer, uniqueEmail } from "./helpers";
import { E2E_RECORDS } from "./accounts";

/** Nothing on the page needs sideways scrolling at the current viewport. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

test("a volunteer downloads the certificate PDF, and its verification link says it is genuine", async ({
  page,
  browser,
}) => {
  failOnConsoleErrors(page);
  await signInAs(page, E2E_RECORDS.volunteer, "kk");
  await page.getByRole("link", { name: "Менің кітапшам" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Волонтер кітапшасы");
  // Two confirmed entries count; the pending one does not.
  await expect(page.getByTestId("record-total")).toHaveText(E2E_RECORDS.confirmedHours);
  const card = page.getByTestId("record-project").filter({ hasText: E2E_RECORDS.projectTitle });
  await expect(card.getByTestId("record-project-hours")).toHaveText(`${E2E_RECORDS.confirmedHours} сағ.`);
  await expect(card).toContainText(E2E_RECORDS.organizer.name);
  await expect(card).toContainText(E2E_RECORDS.roleTitle);
  await expect(card.getByTestId("record-sdg").first()).toBeVisible();

  // The download button gives a file named after its verification code…
  const form = card.getByTestId("download-certificate");
  await expect(form.locator("select")).toHaveValue("kk");
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button").click()]);
  expect(download.suggestedFilename()).toMatch(/^asar-certificate-[0-9A-HJKMNP-TV-Z]{12}\.pdf$/);

  // …and the same address answers with a real PDF (same content, so the same document).
  const action = await form.getAttribute("action");
  const response = await page.request.get(`${action}?locale=kk`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await response.body();
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const code = /asar-certificate-([0-9A-Z]{12})\.pdf/.exec(response.headers()["content-disposition"] ?? "")?.[1];
  expect(code).toBeTruthy();
  expect(download.suggestedFilename()).toBe(`asar-certificate-${code}.pdf`);

  const text = await pdfText(pdf);
  expect(text).toContain(E2E_RECORDS.volunteer.name);
  expect(text).toContain(E2E_RECORDS.projectTitle);
  const link = new RegExp(`(https?://\\S+/kk/verify/${code})`).exec(text)?.[1];
  expect(link).toBeTruthy();

  // Anyone opening the printed link — not signed in — sees that it is genuine and what it says.
  const context = await browser.newContext();
  const guest = await context.newPage();
  failOnConsoleErrors(guest);
  await guest.goto(link!);
  await expect(guest.getByTestId("verify-status")).toHaveAttribute("data-status", "GENUINE");
  await expect(guest.getByTestId("verify-status")).toContainText("Құжат түпнұсқа");
  await expect(guest.getByTestId("certified-name")).toHaveText(E2E_RECORDS.volunteer.name);
  await expect(guest.getByTestId("certified-hours")).toHaveText(E2E_RECORDS.confirmedHours);
  await expect(guest.locator("main")).not.toContainText(E2E_RECORDS.volunteer.email);
  await guest.setViewportSize({ width: 320, height: 740 });
  await expectNoSidewaysScroll(guest);

  // Typed by hand in Russian, in lower case with dashes.
  await guest.goto("/ru/verify");
  await guest.locator("#code").fill(`${code!.slice(0, 4)}-${code!.slice(4, 8)}-${code!.slice(8)}`.toLowerCase());
  await guest.getByRole("button", { name: "Проверить" }).first().click();
  await expect(guest).toHaveURL(new RegExp(`/ru/verify/${code}$`));
  await expect(guest.getByTestId("verify-status")).toContainText("Документ подлинный");

  // An unknown code says so.
  await guest.goto("/en/verify/ZZZZ-ZZZZ-ZZZZ");
  await expect(guest.getByTestId("verify-status")).toHaveAttribute("data-status", "NOT_FOUND");
  await expect(guest.getByTestId("verify-status")).toContainText("No document with this code");

  // Signed out, the certificate's address leads to sign-in, not to the file.
  const signedOut = await guest.request.get(`${action}?locale=kk`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers()["location"]).toContain("/kk/sign-in");
  await context.close();

  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto("/kk/my/record");
  await expectNoSidewaysScroll(page);
});

test("a volunteer downloads their data, then deletes the account and can no longer sign in", async ({ page }) => {
  // The refused sign-in at the end is an expected 401 from the auth endpoint.
  failOnConsoleErrors(page, [401]);
  const email = uniqueEmail("records-delete");
  const password = "steppe-eagle-2026";
  await signUpVolunteer(page, "ru", { name: "Тимур Жолдасбеков", email, password, age: 24, region: "ASTANA" });

  await page.getByTestId("my-data-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои данные и аккаунт");
  const data = await (await page.request.get("/api/records/my-data?locale=ru")).json();
  expect(data.account).toMatchObject({ email, name: "Тимур Жолдасбеков" });
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  // A wrong address is refused next to the field, and what was typed stays.
  await page.locator("#delete-email").fill("someone-else@e2e.asar");
  await page.getByRole("button", { name: "Удалить аккаунт навсегда" }).click();
  await expect(page.locator("[data-field-error=delete-email]")).toHaveText("Это не email вашего аккаунта.");
  await expect(page.locator("#delete-email")).toHaveValue("someone-else@e2e.asar");

  await page.locator("#delete-email").fill(email);
  await page.getByRole("button", { name: "Удалить аккаунт навсегда" }).click();
  await expect(page.getByTestId("account-deleted")).toContainText("Ваш аккаунт удален");
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();

  await page.goto("/ru/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("form [role=alert]")).toHaveText("Неверный email или пароль.");
});
