import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_HOURS } from "./accounts";
import { failOnConsoleErrors } from "./helpers";

// Each page sends the client only the messages its client components translate with
// (docs/decisions/0021-request-path.md), so a form page stays small on a cheap phone's connection.

type Messages = { [key: string]: string | Messages };

function messagesOf(locale: string): Messages {
  const core = JSON.parse(fs.readFileSync(path.resolve(`src/messages/${locale}.json`), "utf8")) as Messages;
  const modules = path.resolve("src/messages/modules");
  for (const ns of fs.readdirSync(modules)) {
    core[ns] = JSON.parse(fs.readFileSync(path.join(modules, ns, `${locale}.json`), "utf8")) as Messages;
  }
  return core;
}

/** Long texts (that no page would contain by chance) under the given namespaces. */
function longTexts(messages: Messages, namespaces: string[]): string[] {
  const out: string[] = [];
  const walk = (m: Messages | string) => {
    if (typeof m === "string") {
      if (m.length >= 40 && !/[{}"\n<]/.test(m)) out.push(m);
    } else Object.values(m).forEach(walk);
  };
  namespaces.forEach((ns) => walk(messages[ns]!));
  return out;
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`the sign-in page (${locale}) is under 30 KB and carries no other page's messages`, async ({ request }) => {
    const response = await request.get(`/${locale}/sign-in`, { headers: { "accept-encoding": "identity" } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(Buffer.byteLength(html)).toBeLessThan(30_000);
    const foreign = longTexts(messagesOf(locale), [
      "statistics",
      "hours",
      "records",
      "projects",
      "moderation",
      "members",
    ]);
    expect(foreign.length).toBeGreaterThan(20);
    expect(foreign.filter((text) => html.includes(text))).toEqual([]);
  });
}

test("a project page gives its apply form the form's messages and not the project editor's", async ({
  page,
  request,
}) => {
  await page.goto("/ru/projects?q=" + encodeURIComponent(E2E_HOURS.projectTitle));
  const href = await page.getByRole("link", { name: E2E_HOURS.projectTitle }).first().getAttribute("href");
  const html = await (await request.get(href!, { headers: { "accept-encoding": "identity" } })).text();
  const ru = messagesOf("ru");
  const editor = longTexts({ form: (ru.projects as Messages).form! }, ["form"]);
  expect(editor.filter((text) => html.includes(text))).toEqual([]);
  expect(Buffer.byteLength(html)).toBeLessThan(60_000);
  // …and the form's own messages are there: no missing-message error, its sign-in link is shown.
  failOnConsoleErrors(page);
  await page.goto(href!);
  await expect(
    page.locator("main").getByRole("link", { name: "Войдите как волонтер, чтобы подать заявку" }).first(),
  ).toBeVisible();
});
