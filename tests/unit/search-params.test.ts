import { describe, expect, it } from "vitest";
import { pageNumber, searchParam } from "../../src/domain/search-params";
import { parseSearchParams } from "../../src/modules/search/schema";
import { organizerFilterSchema } from "../../src/modules/applications/schema";
import { hoursPageSchema } from "../../src/modules/hours/schema";

describe("reading a page's URL query", () => {
  it("takes the first value of a repeated parameter and treats an empty one as absent", () => {
    expect(searchParam({ role: ["r1", "r2"] }, "role")).toBe("r1");
    expect(searchParam({ role: "" }, "role")).toBeUndefined();
    expect(searchParam({}, "role")).toBeUndefined();
  });

  it("reads a page number as a whole number within bounds, else page 1", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "2.5", "abc", "10001"]) expect(pageNumber(bad)).toBe(1);
    expect(pageNumber("501", 500)).toBe(1);
  });

  it("keeps the other filters when there is no page, or a bad one", () => {
    expect(parseSearchParams({ region: "ASTANA" })).toMatchObject({ region: "ASTANA", page: 1 });
    expect(parseSearchParams({ region: "ASTANA", page: "x" })).toMatchObject({ region: "ASTANA", page: 1 });
    expect(parseSearchParams(new URLSearchParams("region=ASTANA&page=4"))).toMatchObject({ region: "ASTANA", page: 4 });
    expect(organizerFilterSchema.parse({ status: "SUBMITTED" })).toEqual({ status: "SUBMITTED", page: 1 });
    expect(hoursPageSchema.parse({ page: "2" })).toEqual({ page: 2 });
  });
});
