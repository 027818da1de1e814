import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./helpers";
import { E2E_INVITE } from "./accounts";

// Issue 11, part 3: volunteers say when they can come and let organizers find them (in each
// language, on a 360 px phone); an organizer finds them for a role and invites; the volunteer
// declines one invitation and applies from another.

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Messages = { [key: string]: string | Messages };

/** One message of the volunteerSearch namespace, "availability.saved" style. */
function text(locale: Locale, key: string, values: Record<string, string> = {}): string {
  let value: string | Messages | undefined = JSON.parse(
    fs.readFileSync(path.resolve(`src/messages/modules/volunteerSearch/${locale}.json`), "utf8"),
  ) as Messages;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), value);
}

async function openFindPage(page: Page, projectTitle: string) {
  await page.goto(`/kk/organizers/${E2E_INVITE.organizer.slug}`);
  await page.getByRole("link", { name: projectTitle }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(projectTitle);
  await page.getByTestId("find-volunteers").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(text("kk", "find.heading", { role: "" }).trim());
}

test.describe.serial("finding and inviting volunteers", () => {
  for (const locale of LOCALES) {
    test(`a volunteer sets availability and becomes findable in ${locale}`, async ({ page }) => {
      failOnConsoleErrors(page);
      const v = E2E_INVITE.volunteers[locale];
      await signIn(page, locale, v.email, v.password);
      // On a 360 px phone (after signing in: the header folds the viewer's name away there).
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/${locale}/profile#availability`);
      const form = page.getByTestId("availability-form");
      // Each day is a group named by its legend; its parts are labelled with their hours.
      const saturday = form.getByRole("group", { name: text(locale, "availability.days.SAT"), exact: true });
      await saturday.getByLabel(text(locale, "availability.parts.MORNING")).check();
      await saturday.getByLabel(text(locale, "availability.parts.AFTERNOON")).check();
      // By keyboard: Space ticks Sunday evening.
      const sundayEvening = form
        .getByRole("group", { name: text(locale, "availability.days.SUN"), exact: true })
        .getByLabel(text(locale, "availability.parts.EVENING"));
      await sundayEvening.focus();
      await page.keyboard.press("Space");
      await expect(sundayEvening).toBeChecked();
      await form.getByLabel(text(locale, "availability.travel.REGION")).check();
      await form.locator("#callOutRegions").check();
      await form.getByLabel(text(locale, "availability.findable.label")).check();
      await form.getByRole("button", { name: text(locale, "availability.save") }).click();
      await expect(form.getByRole("status")).toHaveText(text(locale, "availability.saved"));
      // Nothing sticks out sideways on a 360 px phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await page.reload();
      await expect(saturday.getByLabel(text(locale, "availability.parts.MORNING"))).toBeChecked();
      await expect(sundayEvening).toBeChecked();
      await expect(form.getByLabel(text(locale, "availability.travel.REGION"))).toBeChecked();
      await expect(form.getByLabel(text(locale, "availability.findable.label"))).toBeChecked();
    });
  }

  test("an organizer finds them for a role and invites one volunteer to two roles", async ({ page }) => {
    failOnConsoleErrors(page);
    await signIn(page, "kk", E2E_INVITE.owner.email, E2E_INVITE.owner.password);
    const kk = E2E_INVITE.volunteers.kk;
    for (const p of E2E_INVITE.projects) {
      await openFindPage(page, p.title);
      const cards = page.getByTestId("found-volunteer");
      if (p === E2E_INVITE.projects[0]) {
        await expect(cards).toHaveCount(3);
        for (const v of Object.values(E2E_INVITE.volunteers)) {
          await expect(cards.filter({ hasText: v.short })).toHaveCount(1);
          // Never the email or the full name.
          await expect(page.locator("main")).not.toContainText(v.email);
          await expect(page.locator("main")).not.toContainText(v.name);
        }
        // The filters are a plain GET form: the choice lands in the URL. All three live in Қызылорда.
        await page.getByLabel(/Қызылорда/).check();
        await page.getByRole("button", { name: text("kk", "find.show") }).click();
        await expect(page).toHaveURL(/near=1/);
        await expect(cards).toHaveCount(3);
      }
      const card = cards.filter({ hasText: kk.short });
      await card.getByLabel(text("kk", "find.message")).fill("Сәлем! Сенбі күні көмек керек.");
      await card.getByRole("button", { name: text("kk", "find.invite", { name: kk.short }) }).click();
      await expect(card.getByRole("status")).toHaveText(text("kk", "find.sent", { name: kk.short }));
      // Invited: a reload leaves them out.
      await page.reload();
      await expect(page.getByTestId("found-volunteer").filter({ hasText: kk.short })).toHaveCount(0);
    }
  });

  test("the volunteer declines one invitation and applies from the other", async ({ page }) => {
    failOnConsoleErrors(page);
    const kk = E2E_INVITE.volunteers.kk;
    const [first, second] = E2E_INVITE.projects;
    await signIn(page, "kk", kk.email, kk.password);
    await page.goto("/kk/invitations");
    const invitations = page.getByTestId("role-invitation");
    await expect(invitations).toHaveCount(2);
    await expect(invitations.first()).toContainText("Сәлем! Сенбі күні көмек керек.");

    const declined = invitations.filter({ hasText: first.title });
    await declined.getByRole("button", { name: text("kk", "invitations.decline") }).click();
    await expect(declined.getByRole("status")).toHaveText(text("kk", "invitations.declined"));

    await invitations
      .filter({ hasText: second.title })
      .getByRole("link", { name: text("kk", "invitations.apply") })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.title);
    expect(new URL(page.url()).hash).toMatch(/^#role-/);
    const role = page.locator(new URL(page.url()).hash);
    await role.getByTestId("apply-form").getByRole("button").click();
    await expect(role.getByTestId("apply-done")).toBeVisible();

    await page.goto("/kk/invitations");
    await expect(page.getByTestId("role-invitation")).toHaveCount(0);
    await expect(page.getByText(text("kk", "invitations.empty"))).toBeVisible();
  });
});
