import { describe, expect, it } from "vitest";
import { SDGS } from "@/domain/sdg";
import { contrastRatio, SDG_TEXT, sdgStyle, tint } from "@/domain/sdg-colors";

describe("SDG chip colours", () => {
  it("white text on the official colours fails WCAG AA for some goals (why chips use tints)", () => {
    const failing = SDGS.filter((g) => contrastRatio("#ffffff", g.color) < 4.5).map((g) => g.number);
    expect(failing).toEqual(expect.arrayContaining([2, 3, 5, 6, 7, 9, 11, 12, 14, 15]));
  });

  it("dark text on every goal's tint reaches 4.5:1, even small and bold", () => {
    for (const g of SDGS) {
      const { backgroundColor, borderColor } = sdgStyle(g.number);
      expect(borderColor).toBe(g.color);
      expect(contrastRatio(SDG_TEXT, backgroundColor), `goal ${g.number}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps the goals apart: every tint is its own colour and not white", () => {
    const tints = SDGS.map((g) => tint(g.color));
    expect(new Set(tints).size).toBe(17);
    expect(tints).not.toContain("#ffffff");
    expect(tint("#000000", 0.2)).toBe("#cccccc");
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});
