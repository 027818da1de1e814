import { describe, expect, it } from "vitest";
import { pageInQuery, pageWindow } from "../../src/components/ui/page-window";

describe("pagination", () => {
  it("shows the first, the last and the current page with its neighbours, with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });

  it("shows a lone hidden page instead of a gap that would hide only it", () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the list's other query parameters and drops the empty ones", () => {
    const href = pageInQuery("/organizers/x/applications", { project: "p1", role: undefined, status: "ACCEPTED" });
    expect(href(3)).toEqual({
      pathname: "/organizers/x/applications",
      query: { project: "p1", status: "ACCEPTED", page: "3" },
    });
  });
});
