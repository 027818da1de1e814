import { describe, expect, it } from "vitest";
import { autolink } from "../../src/modules/messages/autolink";
import { mayReport, readsFromOrganizer, sideOf } from "../../src/modules/messages/policy";

const links = (text: string) => autolink(text).flatMap((p) => ("href" in p ? [[p.text, p.href]] : []));

describe("links in a message", () => {
  it("turns http(s) and www. addresses into links, leaving the sentence's punctuation out", () => {
    expect(links("Карта: https://2gis.kz/astana/geo/123, кездесеміз!")).toEqual([
      ["https://2gis.kz/astana/geo/123", "https://2gis.kz/astana/geo/123"],
    ]);
    expect(links("See www.asar.kz.")).toEqual([["www.asar.kz", "https://www.asar.kz/"]]);
    expect(links("(https://en.wikipedia.org/wiki/Asar_(tradition))")).toEqual([
      ["https://en.wikipedia.org/wiki/Asar_(tradition))", "https://en.wikipedia.org/wiki/Asar_(tradition))"],
    ]);
  });

  it("never makes a link of anything that could run code or is not a web address", () => {
    expect(links("javascript:alert(1) data:text/html,x mailto:a@b.kz http://localhost")).toEqual([]);
    // Markup stays text: only the address inside it becomes a link, and no quote ends up in it.
    expect(links('<a href="https://evil.example/x">x</a>')).toEqual([
      ["https://evil.example/x", "https://evil.example/x"],
    ]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "Сәлем! https://asar.kz/kk/projects?id=1&x=2 — және www.gov.kz; <b>bold</b>";
    expect(
      autolink(text)
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
  });
});

describe("sides of a conversation", () => {
  it("reads the other side's messages, and reports only someone else's visible message", () => {
    expect(sideOf("v1", { volunteerId: "v1" })).toBe("VOLUNTEER");
    expect(sideOf("m1", { volunteerId: "v1" })).toBe("ORGANIZER");
    expect(readsFromOrganizer("VOLUNTEER")).toBe(true);
    expect(readsFromOrganizer("ORGANIZER")).toBe(false);
    expect(mayReport("m1", { senderId: "v1", hiddenAt: null })).toBe(true);
    expect(mayReport("v1", { senderId: "v1", hiddenAt: null })).toBe(false);
    expect(mayReport("m1", { senderId: "v1", hiddenAt: new Date() })).toBe(false);
  });
});
