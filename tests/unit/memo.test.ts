import { afterEach, describe, expect, it, vi } from "vitest";
import { memoize, memoizeByKey } from "@/server/memo";

afterEach(() => vi.useRealTimers());

describe("memoize", () => {
  it("computes once per TTL, shares a computation in flight and forgets failures", async () => {
    vi.useFakeTimers();
    let calls = 0;
    let fail = false;
    const counted = memoize(1000, async () => {
      calls++;
      if (fail) throw new Error("database down");
      return calls;
    });
    expect(await Promise.all([counted(), counted()])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await counted()).toBe(1);
    vi.advanceTimersByTime(1);
    fail = true;
    await expect(counted()).rejects.toThrow("database down");
    fail = false;
    expect(await counted()).toBe(3);
  });

  it("keeps one value per key and makes room for new keys", async () => {
    const seen: number[] = [];
    const byYear = memoizeByKey(60_000, async (year: number) => (seen.push(year), `figures ${year}`), 2);
    expect(await byYear(2025)).toBe("figures 2025");
    expect(await byYear(2026)).toBe("figures 2026");
    expect(await byYear(2025)).toBe("figures 2025");
    expect(seen).toEqual([2025, 2026]);
    await byYear(2024); // 2025, the oldest, makes room
    await byYear(2025);
    expect(seen).toEqual([2025, 2026, 2024, 2025]);
  });
});
