import { describe, expect, it } from "vitest";
import { placeLabel } from "../../src/i18n/labels";

describe("place label", () => {
  it("names the settlement and the region, without repeating a city of republican significance", () => {
    expect(placeLabel("Ақтөбе", "AKTOBE", "kk")).toMatch(/^Ақтөбе, /);
    expect(placeLabel("Астана", "ASTANA", "ru")).toBe("Астана");
    expect(placeLabel(null, "SHYMKENT", "en")).toBe("Shymkent");
  });
});
