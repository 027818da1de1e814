import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import prettier from "prettier";
import {
  GENERATED_FILE,
  analyseClientMessages,
  analyseModule,
  renderGenerated,
} from "../../scripts/lib/client-messages";
import { CLIENT_MESSAGES } from "../../src/i18n/client-messages.generated";
import { pickMessages } from "../../src/i18n/client-messages";
import { loadMessages } from "../../src/i18n/messages";

// Each client component gets exactly the messages it translates with (decision 0021): the list is
// read from the source, so these tests fail when a component's keys and the list part ways.
describe("messages given to client components", async () => {
  const report = analyseClientMessages();

  it("the generated list is up to date with the components' source (npm run messages:client)", async () => {
    const config = (await prettier.resolveConfig(GENERATED_FILE)) ?? {};
    const fresh = await prettier.format(renderGenerated(report), { ...config, filepath: GENERATED_FILE });
    expect(fs.readFileSync(GENERATED_FILE, "utf8")).toBe(fresh);
  });

  it("every key a component builds at run time is declared with a client-messages: comment", () => {
    expect(report.undeclared).toEqual([]);
  });

  it("every listed message exists in kk, ru and en", async () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const messages = await loadMessages(locale);
      const missing = Object.entries(CLIENT_MESSAGES).flatMap(([id, paths]) =>
        paths
          .filter(
            (p) => p.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages) === undefined,
          )
          .map((p) => `${id}: ${p}`),
      );
      expect(missing, locale).toEqual([]);
    }
  });

  it("every page or server component that renders a translating client component gives it its messages", () => {
    const forgotten = [...report.importers].flatMap(([file, components]) => {
      const source = fs.readFileSync(path.resolve("src", `${file}.tsx`), "utf8");
      return components
        .filter((c) => !source.includes(`"${c}"`) || !source.includes("<ClientMessages"))
        .map((c) => `${file} → ${c}`);
    });
    expect(forgotten).toEqual([]);
    // Next renders the error page itself, inside the locale layout: the layout gives its messages.
    const layout = fs.readFileSync(path.resolve("src/app/[locale]/layout.tsx"), "utf8");
    expect(layout).toContain('<ClientMessages components={["app/[locale]/error"]}>');
  });

  it("reads keys per function, template prefixes as subtrees, and refuses undeclared dynamic keys", () => {
    const usage = analyseModule(
      "/virtual/form.tsx",
      `"use client";
       function A() { const t = useTranslations("hours.organizer"); return t("confirm") + t(\`result.\${x}\`); }
       function B() { const t = useTranslations("hours"); const tAll = useTranslations(); return t("unit") + tAll(error); }`,
    );
    expect([...usage.keys].sort()).toEqual(["hours.organizer.confirm", "hours.organizer.result", "hours.unit"]);
    expect(usage.undeclaredDynamic).toEqual(["tAll(error)"]);
    const declared = analyseModule(
      "/virtual/form.tsx",
      `// client-messages: errors validation\nconst t = useTranslations(); t(error);`,
    );
    expect([...declared.keys].sort()).toEqual(["errors", "validation"]);
    expect(declared.undeclaredDynamic).toEqual([]);
  });

  it("picks only the listed subtrees and never writes into the locale's messages", () => {
    const all = { hours: { fields: { hours: "Часы", note: "Заметка" }, unit: "ч" }, errors: { A: "a" }, other: "x" };
    const before = JSON.stringify(all);
    const picked = pickMessages(all, ["hours.fields.hours", "hours.fields", "errors", "missing.key"]);
    expect(picked).toEqual({ hours: { fields: { hours: "Часы", note: "Заметка" } }, errors: { A: "a" } });
    expect(JSON.stringify(all)).toBe(before);
  });
});
