import { expect, test } from "@playwright/test";
import { E2E_OWNERSHIP as O } from "./accounts";
import { failOnConsoleErrors, signIn } from "./helpers";

test("an owner hands the organization over to its coordinator, leaves the team and then deletes the account", async ({
  page,
}) => {
  failOnConsoleErrors(page);
  await signIn(page, "ru", O.owner.email, O.owner.password);

  // As the owner the account cannot be deleted yet; the refusal says where to hand it over.
  await page.goto("/ru/my/data");
  await page.locator("#delete-email").fill(O.owner.email);
  await page.getByRole("button", { name: "Удалить аккаунт навсегда" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Вы владелец организации" })).toContainText(
    "откройте «Команда»",
  );

  await page.goto(`/ru/organizers/${O.organizer.slug}`);
  await page.getByRole("link", { name: "Команда" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Команда");
  // The owner cannot leave before handing over.
  await expect(page.getByTestId("leave-organizer")).toContainText(
    "Вы владелец, поэтому пока не можете покинуть организацию",
  );
  await expect(page.getByRole("button", { name: "Покинуть организацию" })).toHaveCount(0);

  // Nobody chosen: said next to the choice.
  const transfer = page.getByTestId("transfer-ownership");
  await transfer.getByRole("button", { name: "Продолжить" }).click();
  await expect(page.locator("[data-field-error=newOwner]")).toHaveText(
    "Выберите координатора, который станет владельцем.",
  );

  await page.locator("#newOwner").selectOption({ label: `${O.coordinator.name} (${O.coordinator.email})` });
  await transfer.getByRole("button", { name: "Продолжить" }).click();
  const confirm = page.getByTestId("transfer-confirm");
  await expect(confirm).toContainText(`Сделать ${O.coordinator.name} владельцем?`);
  await expect(confirm).toContainText(
    `${O.coordinator.name} (${O.coordinator.email}) станет владельцем организации «${O.organizer.name}»`,
  );
  // Cancelling changes nothing and keeps the choice.
  await confirm.getByRole("button", { name: "Отмена" }).click();
  await transfer.getByRole("button", { name: "Продолжить" }).click();
  await confirm.getByRole("button", { name: `Да, сделать ${O.coordinator.name} владельцем` }).click();

  await expect(
    page.getByRole("status").filter({ hasText: `${O.coordinator.name} теперь владелец организации.` }),
  ).toContainText("Теперь вы координатор");
  const member = (name: string) => page.getByTestId("member").filter({ hasText: name }).getByTestId("member-role");
  await expect(member(O.coordinator.name)).toHaveText("Владелец");
  await expect(member(O.owner.name)).toHaveText("Координатор");
  await expect(page.getByTestId("transfer-ownership")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Удалить", exact: true })).toHaveCount(0);

  // Now a coordinator, the former owner leaves the team after confirming.
  await page.getByRole("button", { name: "Покинуть организацию" }).click();
  await expect(page.getByTestId("leave-confirm")).toContainText(`Покинуть «${O.organizer.name}»?`);
  await page.getByTestId("leave-confirm").getByRole("button", { name: "Да, покинуть" }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/organizers/${O.organizer.slug}\\?left=1$`));
  await expect(
    page.getByRole("status").filter({ hasText: `Вы покинули организацию «${O.organizer.name}».` }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Команда" })).toHaveCount(0);

  // And the account can now be deleted.
  await page.goto("/ru/my/data");
  await page.locator("#delete-email").fill(O.owner.email);
  await page.getByRole("button", { name: "Удалить аккаунт навсегда" }).click();
  await expect(page.getByTestId("account-deleted")).toBeVisible();
});
