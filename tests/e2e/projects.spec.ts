import { expect, test } from "@playwright/test";
import { expectMail } from "./mail";
import { failOnConsoleErrors, serverRoundTrips, signInAs, signUpVolunteer, uniqueEmail } from "./helpers";
import { E2E_ORGANIZER_OWNER, E2E_STAFF_ASTANA } from "./accounts";

test("an organizer posts a project, the region's staff approve it, and it is public", async ({ page, browser }) => {
  failOnConsoleErrors(page);
  const title = `Taza Qazaqstan: экологическая уборка ${Date.now().toString(36)}`;
  await signInAs(page, E2E_ORGANIZER_OWNER, "ru");
  await page.getByRole("link", { name: "Наши проекты" }).click();
  await page.getByRole("link", { name: "Новый проект" }).click();

  // Errors next to the fields, nothing typed lost.
  await page.locator("#title").fill(title);
  await page.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(page.locator("[data-field-error=description]")).toBeVisible();
  await expect(page.locator("#title")).toHaveValue(title);

  await page
    .locator("#description")
    .fill("Собираем мусор на набережной Есиля. Перчатки и мешки выдаем на месте, сбор у моста.");
  await page.getByLabel("Студенческое волонтерство").check();
  await page.locator("#primaryDirection").selectOption("ENVIRONMENTAL");
  await page.getByRole("button", { name: "Предложить по направлениям" }).click();
  await page.locator("#startDate").fill("2030-05-15");
  await page.locator("#endDate").fill("2030-05-15");
  await page.locator("#startTime").fill("10:00");
  await page.locator("#endTime").fill("14:00");
  await page.locator("[id='roles.0.title']").fill("Волонтер на уборке");
  await page.locator("[id='roles.0.capacity']").fill("25");
  await page.getByRole("button", { name: "Сохранить черновик" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("project-status")).toHaveText("Черновик");
  await expect(page.getByTestId("sdg-badge").first()).toBeVisible();
  await expect(page.getByTestId("places-left")).toHaveText("Свободно 25 из 25");
  await page.getByRole("button", { name: "Отправить на модерацию" }).click();
  await expect(page.getByTestId("project-status")).toHaveText("На модерации");
  const projectUrl = page.url().replace(/\?.*$/, "");

  // A guest cannot see it yet.
  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  const hidden = await guestPage.goto(projectUrl);
  expect(hidden?.status()).toBe(404);

  // Staff of Astana find it in their queue and approve it.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, E2E_STAFF_ASTANA, "ru");
  await expect(staff.getByTestId("nav-moderation")).toContainText("Модерация");
  await staff.getByTestId("nav-moderation").click();
  await staff.getByTestId("queue-projects").getByRole("link", { name: title }).click();
  await staff.getByRole("button", { name: "Отклонить" }).click();
  await expect(staff.locator("[data-field-error=ground]")).toHaveText("Заполните это поле.");
  await staff.getByRole("button", { name: "Одобрить и опубликовать" }).click();
  await expect(staff.getByTestId("project-status")).toHaveText("Опубликован");
  await staffContext.close();

  // Now public, in every language, with a calendar file.
  await guestPage.goto(projectUrl.replace("/ru/", "/kk/"));
  await expect(guestPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(guestPage.getByTestId("project-status")).toHaveText("Жарияланған");
  const ics = await guestPage.request.get(
    `${projectUrl.replace(/\/ru\/projects\//, "/api/projects/")}/calendar?locale=kk`,
  );
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("DTSTART:20300515T050000Z");
  await guest.close();

  // A volunteer finds it by a misspelled word and a filter, without an account first.
  const volunteerContext = await browser.newContext();
  const volunteer = await volunteerContext.newPage();
  failOnConsoleErrors(volunteer);
  const marker = title.split(" ").at(-1)!;
  await volunteer.goto(`/ru/projects?q=${encodeURIComponent(`экологическя ${marker}`)}&region=ASTANA`);
  await expect(volunteer.getByTestId("search-result").first()).toContainText(title);
  await volunteer.getByRole("link", { name: title }).first().click();
  await expect(volunteer.getByRole("heading", { level: 1 })).toHaveText(title);

  const volunteerEmail = uniqueEmail("applicant");
  await signUpVolunteer(volunteer, "ru", {
    name: "Айгерім Серікова",
    email: volunteerEmail,
    password: "steppe-wind-2026",
    age: 20,
    region: "ASTANA",
  });
  await volunteer.goto(projectUrl);
  await volunteer.getByTestId("apply-form").locator("textarea").fill("Живу рядом с набережной, хочу помочь.");
  await volunteer.getByTestId("apply-form").getByRole("button", { name: "Подать заявку" }).click();
  await expect(volunteer.getByTestId("apply-done")).toContainText("Заявка отправлена");

  // The organizer accepts it.
  // This project's list by its id: other specs post projects for the same organizer at once.
  const projectId = projectUrl.split("/").pop()!;
  await page.goto(`/ru/organizers/${E2E_ORGANIZER_OWNER.slug}/applications?project=${projectId}`);
  const application = page.getByTestId("organizer-application").filter({ hasText: "Айгерім Серікова" });
  await application.getByRole("checkbox").check();
  // The list shows the new status from the action's own answer: one request, no refresh after it.
  const accepting = await serverRoundTrips(page, async () => {
    await page.getByRole("button", { name: "Принять", exact: true }).click();
    await expect(page.getByText("Обновлена 1 заявка.")).toBeVisible();
    await expect(application.getByTestId("application-status")).toHaveText("Принята");
  });
  expect(accepting).toEqual({ actions: 1, refreshes: 0 });

  // The volunteer sees "accepted", and has an email saying so in their language.
  await volunteer.goto("/ru/my/applications");
  await expect(volunteer.getByTestId("application-status").first()).toHaveText("Принята");
  await expectMail(volunteerEmail, `Вы приняты: «${title}»`);
  await volunteerContext.close();
});
