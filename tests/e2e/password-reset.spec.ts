import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectMail } from "./mail";
import { failOnConsoleErrors, signIn, signUpVolunteer, uniqueEmail } from "./helpers";

const OLD = "Steppe-wind-over-Qaraghandy-19";
const NEW = "Zhasyl-dala-koktemde-48";

/** The reset link in an email as the person would click it (its parts are base64 or quoted-printable). */
function resetLink(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/).map((part) => {
    const [head = "", ...body] = part.split(/\r?\n\r?\n/);
    const content = body.join("\n\n");
    if (/content-transfer-encoding:\s*base64/i.test(head))
      return Buffer.from(content.replace(/\s+/g, ""), "base64").toString("utf8");
    return content
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  });
  const text = parts.join("\n");
  const link = /https?:\/\/[^\s"<>]+\/ru\/reset-password\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!link) throw new Error("no reset link in the email");
  return link;
}

async function requestReset(page: Page, email: string) {
  await page.goto("/ru/sign-in");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Восстановление пароля");
  await page.locator("#email").fill(email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByRole("status")).toContainText(
    `Если аккаунт с адресом ${email} существует, ссылка для восстановления пароля уже в пути.`,
  );
}

test("a forgotten password is reset from the emailed link: the old password and the other browser's session stop working, the link works once", async ({
  page,
  browser,
}) => {
  failOnConsoleErrors(page, [401]);
  const email = uniqueEmail("reset");
  await signUpVolunteer(page, "ru", {
    name: "Олжас Нұрмағамбетов",
    email,
    password: OLD,
    age: 30,
    region: "KARAGANDA",
  });
  // The sign-up address is not confirmed yet: the profile says so and offers the link again.
  await expect(page.getByTestId("email-unconfirmed")).toContainText(`Подтвердите свой email ${email}`);

  // Another browser where the person is signed in (say, a shared computer).
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "ru", email, OLD);

  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
  await requestReset(page, email);
  // An address without an account gets the very same answer.
  await requestReset(page, uniqueEmail("nobody"));

  const mail = await expectMail(email, "Восстановление пароля на Asar");
  const link = resetLink(mail.raw);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новый пароль");
  await expect(page.getByText(`Новый пароль для аккаунта ${email}.`)).toBeVisible();

  // Mismatched passwords: said next to the field, and nothing typed is lost.
  await page.locator("#password").fill(NEW);
  await page.locator("#confirmPassword").fill(`${NEW}!`);
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.locator("[data-field-error=confirmPassword]")).toHaveText("Новые пароли не совпадают.");
  await expect(page.locator("#password")).toHaveValue(NEW);
  await page.locator("#confirmPassword").fill(NEW);
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByRole("status")).toContainText("Пароль изменён, все сеансы аккаунта завершены.");

  // The old password no longer opens the account; the new one does.
  await page.goto("/ru/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(OLD);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByRole("alert").filter({ hasText: "Неверный" })).toHaveText("Неверный email или пароль.");
  await signIn(page, "ru", email, NEW);

  // The other browser was signed out by the reset.
  await otherPage.goto("/ru/profile");
  await expect(otherPage).toHaveURL(/\/ru\/sign-in/);
  await expect(otherPage.getByTestId("viewer-name")).toHaveCount(0);
  await other.close();

  // The link does not work twice.
  await page.goto(link);
  await expect(page.getByTestId("link-refused")).toContainText(
    "По этой ссылке уже воспользовались. Если нужно, запросите новую.",
  );
  await expect(page.locator("#password")).toHaveCount(0);
});

test("an expired reset link is refused with a way to ask for a new one", async ({ page }) => {
  failOnConsoleErrors(page);
  const email = uniqueEmail("expired");
  await signUpVolunteer(page, "ru", { name: "Әлия Бекова", email, password: OLD, age: 25, region: "ASTANA" });
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
  await requestReset(page, email);
  const link = resetLink((await expectMail(email, "Восстановление пароля на Asar")).raw);

  // An hour passes.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(
    `UPDATE "AccountToken" t SET "expiresAt" = now() - interval '1 minute' FROM "User" u WHERE u.id = t."userId" AND u.email = $1`,
    [email],
  );
  await client.end();

  await page.goto(link);
  await expect(page.getByTestId("link-refused")).toContainText("Срок действия ссылки истёк. Запросите новую.");
  await page.getByRole("link", { name: "Запросить новую ссылку" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Восстановление пароля");
});
