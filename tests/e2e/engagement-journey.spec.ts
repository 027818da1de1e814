import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addDays, utcToZoned, zonedToUtc } from "../../src/domain/time";
import { isoWeekday } from "../../src/domain/slot-pattern";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { expectMail } from "./mail";
import { E2E_JOURNEY } from "./accounts";

// Issue 12's journey, "nobody left waiting", once per language with the same people throughout:
// the organizer makes a role's slots from a weekly pattern (the first one starting in a few
// minutes, then a week and two weeks later, one place each); volunteer A picks today's and next
// week's, volunteer B waits in line for next week's. The day-before job, run with the e2e job
// clock the evening before next week's slot, reminds A, who answers "I can't come" from the
// reminder: B is promoted. A and the organizer exchange messages. Today A scans the check-in
// code (the URL behind the QR), checks out, the organizer confirms the proposed hours, which
// show in A's record; once the project is over A leaves a testimonial on the project page.
//
// Two steps cannot happen in real time within a test, so the spec moves a clock in the database,
// and only that: the check-in is moved three hours back before the check-out (a real check-out
// seconds after checking in proposes no hours), and the project's end is moved to a minute ago
// before the testimonial (testimonials open once a project has ended, and this one must still
// run for weeks to hold next week's slot). Everything the people see comes from the pages.

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

/**
 * One message of a module's namespace ("shifts", "status.CONFIRMED") with its {placeholders}
 * filled; an ICU plural takes the branch the locale's rules choose for `count`, `#` filled.
 */
function text(ns: string, locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let value: string | Messages | undefined = JSON.parse(
    fs.readFileSync(path.resolve(`src/messages/modules/${ns}/${locale}.json`), "utf8"),
  ) as Messages;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${ns}.${key} in ${locale}`);
  const plural = /^\{(\w+), plural, (.*)\}$/s.exec(value);
  if (plural) {
    const n = Number(values[plural[1]!]);
    const branches = new Map([...plural[2]!.matchAll(/(=\d+|\w+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    const chosen =
      branches.get(`=${n}`) ?? branches.get(new Intl.PluralRules(locale).select(n)) ?? branches.get("other");
    return chosen!.replaceAll("#", String(n));
  }
  return Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), value);
}

/** A message's fixed words before its first placeholder ("A reminder: tomorrow, "). */
const lead = (ns: string, locale: Locale, key: string) => text(ns, locale, key).split("{")[0]!;

/**
 * When the organizer's pattern begins: its first slot starts 10 to 15 minutes from now (a
 * whole five minutes, Kazakhstan time), so the volunteer can still pick it and may already
 * check in (from an hour before the start); it lasts three hours, cut at midnight.
 */
function firstSlot(now = Date.now()) {
  const FIVE_MINUTES = 5 * 60_000;
  const startsAt = new Date(Math.ceil((now + 10 * 60_000) / FIVE_MINUTES) * FIVE_MINUTES);
  const start = utcToZoned(startsAt);
  const later = utcToZoned(new Date(startsAt.getTime() + 3 * 3_600_000));
  const end = later.date === start.date ? later.time : "23:59";
  return { date: start.date, start: start.time, end, startsAt, endsAt: zonedToUtc(start.date, end) };
}

async function personPage(browser: Browser, who: { email: string; password: string }, locale: Locale) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  failOnConsoleErrors(page);
  await signInAs(page, who, locale);
  return page;
}

async function openProject(page: Page, locale: Locale) {
  const j = E2E_JOURNEY[locale];
  await page.goto(`/${locale}/organizers/${j.organizer.slug}`);
  await page.getByRole("link", { name: j.projectTitle, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(j.projectTitle);
}

async function applyFor(page: Page, locale: Locale, projectUrl: string, slots: number[]) {
  await page.goto(projectUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_JOURNEY[locale].projectTitle);
  const form = page.getByTestId("apply-form");
  const boxes = form.getByTestId("apply-slots").getByRole("checkbox");
  await expect(boxes).toHaveCount(3);
  for (const i of slots) await boxes.nth(i).check();
  await form.getByRole("button", { name: text("applications", locale, "apply.submit"), exact: true }).click();
  await expect(page.getByTestId("apply-done")).toBeVisible();
}

async function send(page: Page, locale: Locale, body: string) {
  const composer = page.getByTestId("message-composer");
  await composer.getByLabel(text("messages", locale, "composer.label")).fill(body);
  await composer.getByRole("button", { name: text("messages", locale, "composer.submit") }).click();
}

/** Moves a clock in the database (see the note at the top): one statement, checked to hit one row. */
async function moveClock(sql: string, params: string[]) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    expect((await db.query(sql, params)).rowCount).toBe(1);
  } finally {
    await db.end();
  }
}

test.describe.serial("issue 12 end to end: shifts, reminder, messages, check-in, hours, testimonial", () => {
  for (const locale of LOCALES) {
    test(`one volunteer's journey from a weekly slot to a testimonial, with the one waiting promoted, in ${locale}`, async ({
      browser,
      request,
    }) => {
      // Three people and twenty-odd pages: about a minute, but more than two on a 2-core machine
      // busy with other work (as tests/e2e/check-in.spec.ts, whose journey is a part of this one).
      test.setTimeout(180_000);
      const j = E2E_JOURNEY[locale];
      const t = (key: string, values?: Record<string, string | number>) => text("shifts", locale, key, values);

      // The organizer: every <today's weekday> from today, for three weeks, one place each.
      const slot = firstSlot();
      // One after the other: three password checks at once on a busy machine outlast the sign-in's wait.
      const owner = await personPage(browser, j.owner, locale);
      const a = await personPage(browser, j.volunteer, locale);
      const b = await personPage(browser, j.waiting, locale);
      await openProject(owner, locale);
      const projectUrl = owner.url().replace(/[?#].*$/, "");
      await owner.getByTestId("role-slots-link").click();
      await expect(owner.getByRole("heading", { level: 1 })).toContainText(j.roleTitle);
      const pattern = owner.getByTestId("pattern-form");
      await pattern.getByLabel(t("organizer.from")).fill(slot.date);
      await pattern.getByLabel(t(`weekday.${isoWeekday(slot.date)}`), { exact: true }).check();
      await pattern.getByLabel(t("organizer.start")).fill(slot.start);
      await pattern.getByLabel(t("organizer.end")).fill(slot.end);
      await pattern.getByLabel(t("organizer.weeks")).fill("3");
      await pattern.getByLabel(t("organizer.capacity")).fill("1");
      await pattern.getByTestId("pattern-preview").click();
      await expect(owner.getByTestId("pattern-count")).toContainText("3");
      await owner.getByTestId("pattern-confirm").click();
      await expect(owner.getByTestId("shifts-done")).toContainText("3");
      await expect(owner.getByTestId("organizer-slot")).toHaveCount(3);

      // A picks today's and next week's slot; both places are A's.
      await applyFor(a, locale, projectUrl, [0, 1]);
      // B wants next week's too: full, so B waits first in line.
      await applyFor(b, locale, projectUrl, [1]);
      await b.goto(`/${locale}/my/calendar`);
      await expect(b.getByTestId("my-signup")).toHaveCount(1);
      await expect(b.getByTestId("signup-status")).toHaveText(t("status.WAITLISTED_AT", { position: 1 }));

      // The evening before next week's slot, 18:00 in Kazakhstan, the day-before job runs.
      const nextWeek = addDays(slot.date, 7);
      const run = await request.post("/api/e2e/jobs", {
        data: { job: "reminders-day-before", at: zonedToUtc(addDays(nextWeek, -1), "18:00").toISOString() },
      });
      expect(run.status(), await run.text()).toBe(200);

      // A finds the reminder of next week's slot (not today's) in the notifications.
      await a.goto(`/${locale}/notifications`);
      const reminder = a
        .getByTestId("notifications")
        .locator("li")
        .filter({ hasText: lead("notifications", locale, "type.REMINDER_DAY_BEFORE.body") });
      await expect(reminder).toHaveCount(1);
      await expect(reminder).toContainText(j.projectTitle);
      await expect(reminder).toContainText(j.roleTitle);
      // Next week's times, formatted as the server formats them (the same Node, the same ICU).
      const nextWeekWhen = new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Asia/Almaty",
      }).formatRange(zonedToUtc(nextWeek, slot.start), zonedToUtc(nextWeek, slot.end));
      await expect(reminder).toContainText(nextWeekWhen);

      // "I can't come", from the reminder: it leads to that sign-up on A's calendar.
      const cantCome = reminder.getByRole("link", { name: text("notifications", locale, "reminder.cantCome") });
      const href = (await cantCome.getAttribute("href"))!;
      expect(href).toMatch(new RegExp(`^/${locale}/my/calendar#signup-`));
      await cantCome.click();
      await expect(a).toHaveURL(new RegExp(`/${locale}/my/calendar`));
      const mine = a.getByTestId("my-signup");
      await expect(mine).toHaveCount(2);
      // Today's first, then next week's: the one the reminder named.
      const reminded = a.locator(href.slice(href.indexOf("#")));
      await expect(mine.nth(1)).toHaveAttribute("id", href.slice(href.indexOf("#") + 1));
      await reminded.getByTestId("cant-come").click();
      await reminded.getByTestId("confirm-cant-come").click();
      await expect(a.getByTestId("shifts-done")).toHaveText(t("done.cancelled"));
      await expect(a.getByTestId("my-signup")).toHaveCount(1);
      await expect(a.getByTestId("signup-status")).toHaveText(t("status.CONFIRMED"));

      // B, who was waiting, now holds the place.
      await b.reload();
      await expect(b.getByTestId("my-signup")).toHaveCount(1);
      await expect(b.getByTestId("signup-status")).toHaveText(t("status.CONFIRMED"));

      // A writes to the organizer from the application; the team's header counts it unread.
      const question = `${locale}: which entrance of the building do we meet at?`;
      const answer = `${locale}: the main one, by the pharmacy. See you soon!`;
      await a.goto(`/${locale}/my/applications`);
      await a.getByTestId("application-message-link").click();
      await send(a, locale, question);
      await expect(a).toHaveURL(new RegExp(`/${locale}/messages/[a-z0-9]+`));
      await expect(a.getByTestId("message").filter({ hasText: question })).toHaveCount(1);
      const thread = a.url();

      await owner.goto(`/${locale}`);
      const ownerBadge = owner.getByTestId("nav-messages").getByTestId("messages-unread-count");
      await expect(ownerBadge).toHaveText("1");
      await owner.getByTestId("nav-messages").click();
      const row = owner.getByTestId("conversation").filter({ hasText: j.volunteer.name });
      await expect(row.getByTestId("conversation-unread")).toBeVisible();
      await row.getByRole("link", { name: j.volunteer.name }).click();
      await expect(owner.getByTestId("message").filter({ hasText: question })).toHaveCount(1);
      await expect(ownerBadge).toHaveCount(0);
      await send(owner, locale, answer);
      await expect(owner.getByTestId("message").filter({ hasText: answer })).toHaveCount(1);

      // A sees the answer come in: the badge, then the conversation.
      await a.goto(`/${locale}`);
      await expect(a.getByTestId("nav-messages").getByTestId("messages-unread-count")).toHaveText("1");
      await a.goto(thread);
      await expect(a.getByTestId("message").filter({ hasText: answer })).toHaveCount(1);

      // The reminder came by email too, in A's language (sent by the job queue meanwhile).
      const mail = await expectMail(
        j.volunteer.email,
        lead("notifications", locale, "type.REMINDER_DAY_BEFORE.subject"),
      );
      expect(mail.subject).toContain(j.projectTitle);

      // On the day: the organizer opens today's check-in code from the project's hours page.
      const c = (key: string, values?: Record<string, string | number>) => text("checkIn", locale, key, values);
      await owner.goto(`/${locale}/organizers/${j.organizer.slug}/applications`);
      await owner.getByTestId("project-hours-link").click();
      await owner.getByRole("link", { name: c("board.link") }).click();
      await expect(owner.getByRole("heading", { level: 1 })).toHaveText(c("board.title"));
      const occurrence = owner.getByTestId("check-in-occurrence");
      await expect(occurrence).toHaveCount(1);
      await expect(occurrence).toContainText(j.roleTitle);
      await expect(occurrence.getByTestId("check-in-qr").locator("svg")).toBeVisible();
      const qrUrl = (await occurrence.getByTestId("check-in-link").getAttribute("href"))!;
      expect(qrUrl).toMatch(/\/check-in\/s-[a-z0-9]+-[0-9a-f]{20}$/);

      // A scans it (opens the URL behind the QR) and checks in.
      await a.goto(qrUrl);
      await expect(a.getByRole("heading", { level: 1 })).toHaveText(c("scan.title"));
      await a.getByRole("button", { name: c("scan.checkIn") }).click();
      await expect(a.getByTestId("check-in-status")).toBeVisible();
      const checkOut = a.getByRole("button", { name: c("scan.checkOut") });
      await expect(checkOut).toBeVisible();

      // Three hours pass: the check-in's clock, moved in the database (see the note at the top).
      await moveClock(
        `UPDATE "CheckIn" c SET "checkedInAt" = c."checkedInAt" - interval '3 hours'
           FROM "User" u WHERE u.id = c."volunteerId" AND u.email = $1`,
        [j.volunteer.email],
      );
      await checkOut.click();
      await expect(a.getByTestId("check-in-status")).toContainText(c("scan.doneHours", { hours: 3 }));
      await expect(a.getByTestId("check-in-button")).toHaveCount(0);

      // The organizer sees the 3 proposed hours and confirms them.
      await owner.getByRole("link", { name: c("board.hoursLink") }).click();
      const proposed = owner.getByTestId("proposed-row");
      await expect(proposed).toHaveCount(1);
      await expect(proposed.locator("th")).toHaveText(j.volunteer.name);
      await expect(proposed.locator("td").last()).toHaveText("3");
      await owner.getByTestId("confirm-proposed").click();
      await expect(owner.getByTestId("proposed-hours")).toHaveCount(0);
      await expect(owner.getByTestId("role-confirmed-hours")).toHaveText("3");

      // They are in A's record.
      await a.goto(`/${locale}/my/record`);
      await expect(a.getByTestId("record-total")).toHaveText("3");

      // Afterwards: the project is over (its end moved to a minute ago, see the note at the top),
      // and A, who took part, leaves a testimonial on the project page.
      await moveClock(
        `UPDATE "Project" p SET "endsAt" = now() - interval '1 minute'
           FROM "Organizer" o WHERE o.id = p."organizerId" AND o.slug = $1 AND p.title = $2`,
        [j.organizer.slug, j.projectTitle],
      );
      const words = `${j.volunteer.short} (${locale}): a well-run morning, the team answered every question.`;
      const tt = (key: string, values?: Record<string, string | number>) => text("testimonials", locale, key, values);
      await a.goto(projectUrl);
      const form = a.getByTestId("testimonial-form");
      await form
        .locator("label")
        .filter({ hasText: tt("form.stars", { count: 5 }) })
        .click();
      await form.getByLabel(tt("form.body")).fill(words);
      await form.getByRole("button", { name: tt("form.submit") }).click();
      const item = a.getByTestId("testimonial").filter({ hasText: words });
      await expect(item).toBeVisible();
      await expect(item).toContainText(j.volunteer.short);
      await expect(item.getByRole("img", { name: tt("stars", { rating: "5" }) })).toBeVisible();
      await expect(a.getByTestId("testimonial-form")).toHaveCount(0);

      // Anyone sees it on the project page.
      const visitor = await browser.newPage();
      failOnConsoleErrors(visitor);
      await visitor.goto(projectUrl);
      await expect(visitor.getByTestId("testimonial").filter({ hasText: words })).toContainText(j.volunteer.short);

      for (const p of [owner, a, b, visitor]) await p.context().close();
    });
  }
});
