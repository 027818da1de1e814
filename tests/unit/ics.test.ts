import { describe, expect, it } from "vitest";
import { toIcs } from "../../src/modules/projects/ics";

describe("calendar file", () => {
  const ics = toIcs({
    id: "p1",
    title: "«Адреса заботы»; помощь, пенсионерам",
    description: "Уборка снега.\nВозьмите перчатки.".repeat(5),
    startsAt: new Date("2026-12-05T05:00:00Z"),
    endsAt: new Date("2026-12-05T09:00:00Z"),
    settlement: "Астана",
    isOnline: false,
    updatedAt: new Date("2026-11-21T10:00:00Z"),
    url: "https://asar.kz/ru/projects/p1",
  });

  it("carries the event in UTC with escaped text", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART:20261205T050000Z");
    expect(unfolded).toContain("DTEND:20261205T090000Z");
    expect(unfolded).toContain("SUMMARY:«Адреса заботы»\\; помощь\\, пенсионерам");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("folds long lines at 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });
});

describe("calendar text", () => {
  it("a lone carriage return in a description cannot start a line of its own", () => {
    const ics = toIcs({
      id: "p2",
      title: "Субботник",
      description: "Берите перчатки.\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Fake\r\nи воду.\nДо встречи\u0000!",
      startsAt: new Date("2026-12-05T05:00:00Z"),
      endsAt: new Date("2026-12-05T09:00:00Z"),
      settlement: "Астана\rLOCATION:elsewhere",
      isOnline: false,
      updatedAt: new Date("2026-11-21T10:00:00Z"),
      url: "https://asar.kz/ru/projects/p2",
    });
    // Lines end only in CRLF; a reader that also splits on a lone CR or LF finds the same lines.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split(/\r\n|\r|\n/).filter((l) => !l.startsWith(" "));
    expect(lines.filter((l) => l.startsWith("BEGIN:VEVENT"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("SUMMARY:"))).toEqual(["SUMMARY:Субботник"]);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "DESCRIPTION:Берите перчатки.\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Fake\\nи воду.\\nДо встречи!",
    );
    expect(unfolded).toContain("LOCATION:Астана\\nLOCATION:elsewhere");
  });
});
