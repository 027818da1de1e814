import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_REMINDERS as R } from "./accounts";
import { expectMail } from "./mail";
import { failOnConsoleErrors, signInAs } from "./helpers";

// Reminders in a browser: the day-before job, run with the e2e job clock at 18:00 Kazakhstan time
// the evening before the seeded project (POST /api/e2e/jobs, which exists only in the e2e run),
// reaches each volunteer in the app and by email in their language, with "I can't come" leading
// to the slot on "my calendar" or, for a role without slots, to the applications (to withdraw).
// The staff's daily digest reaches the region's front office the same way.
type Texts = {
  type: Record<string, { subject: string }>;
  reminder: { cantCome: string };
};
const texts = (locale: string) =>
  JSON.parse(fs.readFileSync(`src/messages/modules/notifications/${locale}.json`, "utf8")) as Texts;
/** A subject's words before its first placeholder ("Tomorrow: "). */
const subjectStart = (locale: string, type: string) => texts(locale).type[type]!.subject.split("{")[0]!;

async function runJob(request: APIRequestContext, job: string, at: string) {
  const res = await request.post("/api/e2e/jobs", { data: { job, at } });
  expect(res.status(), await res.text()).toBe(200);
}

/** An email's text as the person reads it: its parts decoded from base64 or quoted-printable. */
function mailText(raw: string): string {
  return raw
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const [head = "", ...body] = part.split(/\r?\n\r?\n/);
      const content = body.join("\n\n");
      if (/content-transfer-encoding:\s*base64/i.test(head))
        return Buffer.from(content.replace(/\s+/g, ""), "base64").toString("utf8");
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head))
        return Buffer.from(
          content
            .replace(/=\r?\n/g, "")
            .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8");
      return content;
    })
    .join("\n");
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`the day-before reminder reaches the volunteer in the app and by email (${locale})`, async ({
    page,
    request,
    baseURL,
  }) => {
    failOnConsoleErrors(page);
    // Run twice: the second run (another instance, a retry) sends nothing more.
    await runJob(request, "reminders-day-before", R.dayBeforeRun);
    await runJob(request, "reminders-day-before", R.dayBeforeRun);
    const volunteer = R.volunteers[locale];
    const cantCome =
      locale === "ru" ? `/${locale}/my/applications` : `/${locale}/my/calendar#signup-${R.signupId(locale)}`;

    await signInAs(page, volunteer, locale);
    await page.goto(`/${locale}/notifications`);
    const item = page.getByTestId("notifications").locator("li").filter({ hasText: R.projectTitle });
    await expect(item).toHaveCount(1);
    // 10:00 in Kazakhstan, whatever the browser's zone; the role the volunteer was accepted for.
    await expect(item).toContainText("10:00");
    await expect(item).toContainText(locale === "ru" ? R.eventRole : R.slotRole);
    await expect(item.getByRole("link", { name: texts(locale).reminder.cantCome })).toHaveAttribute("href", cantCome);

    const mail = await expectMail(volunteer.email, subjectStart(locale, "REMINDER_DAY_BEFORE"));
    expect(mail.subject).toContain(R.projectTitle);
    const text = mailText(mail.raw);
    expect(text).toContain(`${texts(locale).reminder.cantCome}: ${baseURL}${cantCome}`);
  });
}

test("the region's staff get the daily digest of what waits for them", async ({ page, request }) => {
  failOnConsoleErrors(page);
  await runJob(request, "reminders-staff-daily", new Date().toISOString());
  await signInAs(page, R.staff, "ru");
  await page.goto("/ru/notifications");
  const item = page.getByTestId("notifications").locator("li").filter({ hasText: "Что ждёт фронт-офис региона" });
  await expect(item).toHaveCount(1);
  // The pending organizer of the region is counted.
  await expect(item).toContainText(/организатор\S* жд\S+ проверки/);
  await expect(item.getByRole("link").first()).toHaveAttribute("href", "/ru/moderation");
  await expectMail(R.staff.email, subjectStart("ru", "STAFF_DAILY_DIGEST"));
});

test("the e2e job clock refuses an unknown job", async ({ request }) => {
  const res = await request.post("/api/e2e/jobs", { data: { job: "drop-everything", at: new Date().toISOString() } });
  expect(res.status()).toBe(400);
});
