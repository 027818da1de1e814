// Saying what happened around moderation (issue 10, "Say what happened"): the organizer learns
// that the project was sent, who reviews it and how long that usually takes; the moderator learns
// what the decision did and is led to the next item of the queue. Also the SDG proposal: each
// proposed goal says why, is dropped with one click, and a park clean-up is not "Life below water".
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_ORGANIZER_OWNER, E2E_STAFF_ASTANA } from "./accounts";

const T = {
  kk: {
    title: "Орталық саябақты тазалау",
    createDraft: "Нобайды сақтау",
    created: "Нобай сақталды. Оны тексеріп, модерацияға жіберіңіз.",
    submit: "Модерацияға жіберу",
    sent: "Модерацияға жіберілді",
    who: "Жобаны өңірлік фронт-офис (Астана) заң негіздері бойынша тексереді",
    time: /^(Әдетте бұл .+ алады \(соңғы \d+ шешімнің медианасы\)\.|Әдетте қанша уақыт алатыны: деректер әлі жоқ\.)$/,
    environmental: "Экологиялық",
    decision: "Мақұлдау және жариялау",
    done: "Сіз жобаны мақұлдадыңыз: ол жарияланды. Ұйымдастырушыға хабарланды.",
    next: "Кезектегі келесі:",
    status: "Жарияланған",
  },
  ru: {
    title: "Уборка Центрального парка",
    createDraft: "Сохранить черновик",
    created: "Черновик сохранен. Проверьте его и отправьте на модерацию.",
    submit: "Отправить на модерацию",
    sent: "Отправлено на модерацию",
    who: "Проект проверяет региональный фронт-офис (Астана) по основаниям закона",
    time: /^(Обычно это занимает .+ \(медиана \d+ последн(его|их) решени(я|й)\)\.|Сколько это обычно занимает: данных пока нет\.)$/,
    environmental: "Экологическ",
    decision: "Запросить изменения",
    done: "Вы попросили организатора изменить проект. Организатор получил уведомление.",
    next: "Следующий в очереди:",
    status: "Нужны изменения",
  },
  en: {
    title: "Central park clean-up",
    createDraft: "Save draft",
    created: "The draft is saved. Check it and send it to moderation.",
    submit: "Send to moderation",
    sent: "Sent to moderation",
    who: "The regional front office (Astana) reviews it against the grounds of the law",
    time: /^(It usually takes .+ there \(the median of the last \d+ decisions?\)\.|How long it usually takes there: no data yet\.)$/,
    environmental: "Environmental",
    decision: "Reject",
    done: "You rejected the project. The organizer has been told.",
    next: "Next in the queue:",
    status: "Rejected",
  },
} as const;

type L = keyof typeof T;

/** A draft of the verified e2e organizer (Astana), sent to moderation; returns its page's address. */
async function submittedProject(page: Page, locale: L, title: string, checkSdgs = false) {
  const m = T[locale];
  await page.goto(`/${locale}/organizers/${E2E_ORGANIZER_OWNER.slug}/projects/new`);
  await page.locator("#title").fill(title);
  await page.locator("#description").fill(`${m.title}: 2030. ${m.title}. ${m.title}. ${m.title}.`);
  await page.locator("input[name=compositions][value=GENERAL]").check();
  await page.locator("#primaryDirection").selectOption("ENVIRONMENTAL");
  if (checkSdgs) {
    await page.getByTestId("propose-sdgs").click();
    // The review's table offers the environmental goals, each saying why; not "Life below water".
    await expect(page.getByTestId("sdg-13").getByRole("checkbox")).toBeChecked();
    await expect(page.getByTestId("sdg-13").getByTestId("sdg-why")).toContainText(m.environmental);
    await expect(page.getByTestId("sdg-14").getByRole("checkbox")).not.toBeChecked();
    // One click drops a proposed goal.
    await page.getByTestId("sdg-12").getByRole("button").click();
    await expect(page.getByTestId("sdg-12").getByRole("checkbox")).not.toBeChecked();
    await expect(page.getByTestId("sdg-12").getByTestId("sdg-why")).toHaveCount(0);
  }
  await page.locator("#startDate").fill("2030-05-15");
  await page.locator("#endDate").fill("2030-05-15");
  await page.locator("[id='roles.0.title']").fill(m.title);
  await page.getByRole("button", { name: m.createDraft }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(m.created)).toBeVisible();

  await page.getByRole("button", { name: m.submit }).click();
  const notice = page.getByTestId("submitted-notice");
  await expect(notice).toContainText(m.sent);
  // The draft's "send it to moderation" is gone: it was sent.
  await expect(page.getByText(m.created)).toHaveCount(0);
  await expect(notice).toContainText(m.who);
  await expect(notice.getByTestId("moderation-time")).toHaveText(m.time);
  return page.url().replace(/\?.*$/, "");
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`moderation says what happened, in ${locale}: sent and who decides, then decided and what is next`, async ({
    browser,
  }) => {
    // Two projects through the form and two people signed in: more than the default minute on a busy machine.
    test.slow();
    const m = T[locale];
    const stamp = `${locale}-${Date.now().toString(36)}`;
    const organizer = await browser.newPage();
    failOnConsoleErrors(organizer);
    await signInAs(organizer, E2E_ORGANIZER_OWNER, locale);
    // Two projects wait: deciding the second leaves at least the first in the queue.
    const waiting = await submittedProject(organizer, locale, `${m.title} ${stamp} (1)`);
    const decided = await submittedProject(organizer, locale, `${m.title} ${stamp} (2)`, true);

    const staff = await browser.newPage();
    failOnConsoleErrors(staff);
    await signInAs(staff, E2E_STAFF_ASTANA, locale);
    await staff.goto(decided);
    if (locale !== "kk") await staff.locator("#comment").fill("Уточните место сбора / Please add the meeting point.");
    if (locale === "en") await staff.locator("#ground").selectOption("MISLEADING_OR_INCOMPLETE");
    await staff.getByRole("button", { name: m.decision }).click();

    const done = staff.getByTestId("decision-done");
    await expect(done).toContainText(m.done);
    await expect(staff.getByTestId("project-status")).toHaveText(m.status);
    await expect(done).toContainText(m.next);
    const next = done.getByTestId("next-in-queue");
    const href = await next.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/${locale}/(projects|organizers)/`));
    expect(href).not.toBe(new URL(decided).pathname);
    await next.click();
    await expect(staff).toHaveURL(new RegExp(`${href}$`));
    await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();

    // The first project is still waiting for its own decision (and is in the queue).
    await staff.goto(`/${locale}/moderation`);
    await expect(
      staff.getByTestId("queue-projects").getByRole("link", { name: `${m.title} ${stamp} (1)` }),
    ).toBeVisible();
    expect(waiting).toContain(`/${locale}/projects/`);
    await organizer.close();
    await staff.close();
  });
}
