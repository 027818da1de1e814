import { describe, expect, it } from "vitest";
import {
  attendanceRefusal,
  dateRefusal,
  dayLimitRefusal,
  entryHoursRefusal,
  hoursRefusal,
  projectDays,
  recordRefusal,
  refusalField,
  sumHours,
} from "../../src/modules/hours/policy";
import { bulkHoursSchema, correctionSchema, disputeSchema } from "../../src/modules/hours/schema";

// A project from 10:00 on 1 June to 18:00 on 3 June 2026, Kazakhstan time (UTC+5).
const project = { startsAt: new Date("2026-06-01T05:00:00Z"), endsAt: new Date("2026-06-03T13:00:00Z") };
const noonKz = (date: string) => new Date(`${date}T07:00:00Z`);

describe("hours per entry", () => {
  it("accepts quarter hours from 0.25 to 12", () => {
    for (const h of [0.25, 0.5, 1, 7.75, 12]) expect(entryHoursRefusal(h)).toBeNull();
  });
  it("refuses zero, negative and not-a-number amounts", () => {
    for (const h of [0, -1, Number.NaN]) expect(entryHoursRefusal(h)).toBe("HOURS_NOT_POSITIVE");
  });
  it("refuses more than 12 hours in one entry", () => {
    expect(entryHoursRefusal(12.25)).toBe("HOURS_OVER_ENTRY_LIMIT");
    expect(entryHoursRefusal(13)).toBe("HOURS_OVER_ENTRY_LIMIT");
    expect(entryHoursRefusal(Number.POSITIVE_INFINITY)).toBe("HOURS_OVER_ENTRY_LIMIT");
  });
  it("refuses amounts that are not whole quarter hours", () => {
    expect(entryHoursRefusal(1.1)).toBe("HOURS_NOT_QUARTER");
    expect(entryHoursRefusal(0.33)).toBe("HOURS_NOT_QUARTER");
  });
});

describe("the date", () => {
  it("takes only real calendar dates", () => {
    expect(dateRefusal("2026-13-01", project, noonKz("2026-06-10"))).toBe("DATE_INVALID");
  });

  it("must fall within the project's days in Kazakhstan time", () => {
    const later = noonKz("2026-06-20");
    expect(dateRefusal("2026-06-01", project, later)).toBeNull();
    expect(dateRefusal("2026-06-03", project, later)).toBeNull();
    expect(dateRefusal("2026-05-31", project, later)).toBe("DATE_OUTSIDE_PROJECT");
    expect(dateRefusal("2026-06-04", project, later)).toBe("DATE_OUTSIDE_PROJECT");
  });

  it("uses the Kazakhstan date, not UTC's, at the edges of the day", () => {
    // 21:00 UTC on 31 May is 02:00 on 1 June in Kazakhstan: the project's first day.
    const nightStart = { startsAt: new Date("2026-05-31T21:00:00Z"), endsAt: new Date("2026-06-01T20:00:00Z") };
    expect(projectDays(nightStart, new Date("2026-06-01T20:00:00Z"))).toEqual({
      first: "2026-06-01",
      last: "2026-06-02",
      today: "2026-06-02",
    });
    expect(dateRefusal("2026-05-31", nightStart, new Date("2026-06-05T00:00:00Z"))).toBe("DATE_OUTSIDE_PROJECT");
    // At 20:00 UTC on 1 June it is already 2 June in Kazakhstan: that day is not in the future.
    expect(dateRefusal("2026-06-02", nightStart, new Date("2026-06-01T20:00:00Z"))).toBeNull();
    expect(dateRefusal("2026-06-02", nightStart, new Date("2026-06-01T18:00:00Z"))).toBe("DATE_IN_FUTURE");
  });

  it("may not be in the future, even within the project", () => {
    expect(dateRefusal("2026-06-02", project, noonKz("2026-06-01"))).toBe("DATE_IN_FUTURE");
    expect(dateRefusal("2026-06-01", project, noonKz("2026-06-01"))).toBeNull();
  });
});

describe("the volunteer's day", () => {
  it("allows up to 16 hours on one day across all projects", () => {
    expect(dayLimitRefusal(8, 8)).toBeNull();
    expect(dayLimitRefusal(4, 12)).toBeNull();
    expect(dayLimitRefusal(9, 8)).toBe("DAY_LIMIT");
    expect(dayLimitRefusal(0.25, 15.75)).toBeNull();
    expect(dayLimitRefusal(0.5, 15.75)).toBe("DAY_LIMIT");
  });
  it("adds quarter hours without floating-point drift", () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect(sumHours([7.75, 8.25])).toBe(16);
    expect(dayLimitRefusal(0.3, 15.7)).toBeNull();
  });
});

describe("every bound at once", () => {
  const ok = { hours: 6, workedOn: "2026-06-02", project, otherHoursThatDay: 0, now: noonKz("2026-06-10") };
  it("passes a sane entry", () => expect(hoursRefusal(ok)).toBeNull());
  it("reports the first failure and where it belongs", () => {
    expect(hoursRefusal({ ...ok, hours: 13 })).toBe("HOURS_OVER_ENTRY_LIMIT");
    expect(hoursRefusal({ ...ok, workedOn: "2026-05-20" })).toBe("DATE_OUTSIDE_PROJECT");
    expect(hoursRefusal({ ...ok, hours: 9, otherHoursThatDay: 8 })).toBe("DAY_LIMIT");
    expect(refusalField("DAY_LIMIT")).toBe("hours");
    expect(refusalField("HOURS_NOT_QUARTER")).toBe("hours");
    expect(refusalField("DATE_IN_FUTURE")).toBe("workedOn");
  });
});

describe("when hours can be recorded", () => {
  it("records hours only on an accepted place of a started, live project, never for a no-show", () => {
    const started = { status: "PUBLISHED" as const, startsAt: new Date("2026-06-01T05:00:00Z") };
    const now = noonKz("2026-06-02");
    expect(recordRefusal({ status: "ACCEPTED", attendance: null }, started, now)).toBeNull();
    expect(
      recordRefusal({ status: "ACCEPTED", attendance: "ATTENDED" }, { ...started, status: "COMPLETED" }, now),
    ).toBeNull();
    expect(recordRefusal({ status: "ACCEPTED", attendance: "NO_SHOW" }, started, now)).toBe("NO_SHOW");
    expect(recordRefusal({ status: "SUBMITTED", attendance: null }, started, now)).toBe("NOT_ACCEPTED");
    expect(recordRefusal({ status: "WITHDRAWN", attendance: null }, started, now)).toBe("NOT_ACCEPTED");
    expect(recordRefusal({ status: "ACCEPTED", attendance: null }, { ...started, status: "CANCELLED" }, now)).toBe(
      "PROJECT_CLOSED",
    );
    expect(recordRefusal({ status: "ACCEPTED", attendance: null }, started, noonKz("2026-05-30"))).toBe("NOT_STARTED");
    expect(attendanceRefusal({ status: "ACCEPTED" }, started, noonKz("2026-05-30"))).toBe("NOT_STARTED");
    expect(attendanceRefusal({ status: "ACCEPTED" }, started, now)).toBeNull();
  });
});

describe("the forms' schemas", () => {
  const base = { projectId: "p1", applicationIds: ["a1"], workedOn: "2026-06-02", note: "" };
  it("reads hours typed with a comma or a point and refuses the out-of-bounds ones next to the field", () => {
    expect(bulkHoursSchema.parse({ ...base, hours: "7,5" }).hours).toBe(7.5);
    expect(bulkHoursSchema.parse({ ...base, hours: "4" }).hours).toBe(4);
    const thirteen = bulkHoursSchema.safeParse({ ...base, hours: "13" });
    expect(thirteen.success).toBe(false);
    expect(thirteen.error?.issues[0]).toMatchObject({
      path: ["hours"],
      message: "hours.errors.HOURS_OVER_ENTRY_LIMIT",
    });
    expect(bulkHoursSchema.safeParse({ ...base, hours: "" }).error?.issues[0]?.message).toBe(
      "hours.errors.HOURS_NOT_POSITIVE",
    );
    expect(bulkHoursSchema.safeParse({ ...base, hours: "abc" }).error?.issues[0]?.message).toBe(
      "hours.errors.HOURS_NOT_POSITIVE",
    );
    expect(bulkHoursSchema.safeParse({ ...base, hours: "2", workedOn: "2026-02-30" }).error?.issues[0]?.path).toEqual([
      "workedOn",
    ]);
    expect(bulkHoursSchema.safeParse({ ...base, hours: "2", applicationIds: [] }).error?.issues[0]?.message).toBe(
      "hours.validation.chooseSome",
    );
  });
  it("requires a comment to dispute and a reason to correct", () => {
    expect(disputeSchema.safeParse({ entryId: "e1", comment: "  " }).error?.issues[0]).toMatchObject({
      path: ["comment"],
      message: "hours.validation.explain",
    });
    expect(disputeSchema.parse({ entryId: "e1", comment: " Не было на смене " }).comment).toBe("Не было на смене");
    expect(
      correctionSchema.safeParse({ entryId: "e1", workedOn: "2026-06-02", hours: "5", reason: "" }).error?.issues[0]
        ?.path,
    ).toEqual(["reason"]);
  });
});
