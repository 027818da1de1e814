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
