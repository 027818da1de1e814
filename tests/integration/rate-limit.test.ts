import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { createUser } from "../../prisma/seed/factories";
import { checkCredentials } from "../../src/modules/accounts/sign-in";
import { LOGIN_LIMITS } from "../../src/server/rate-limit";

const OWNER = { email: "asel@example.kz", password: "right-password-1" };
const noWait = async () => {};

/** Signs in with a recorder instead of real waiting: the delays asked for, in order. */
async function attempt(email: string, password: string, address: string, delays: number[] = []) {
  return checkCredentials(db(), { email, password }, address, async (ms) => void delays.push(ms));
}

describe("sign-in", () => {
  it("accepts the right password and gives one generic answer for a wrong password or unknown email", async () => {
    await createUser(db(), OWNER);
    expect(
      await checkCredentials(db(), { email: "ASEL@example.kz", password: OWNER.password }, "10.0.0.1", noWait),
    ).toMatchObject({ ok: true });
    expect(await checkCredentials(db(), { email: OWNER.email, password: "nope-nope" }, "10.0.0.1", noWait)).toEqual({
      ok: false,
      error: "INVALID",
    });
    expect(
      await checkCredentials(db(), { email: "ghost@example.kz", password: "nope-nope" }, "10.0.0.1", noWait),
    ).toEqual({ ok: false, error: "INVALID" });
  });

  it("an attacker's wrong passwords from other addresses never keep the owner out", async () => {
    await createUser(db(), OWNER);
    // The owner signed in from home once; then an attacker tries 40 passwords from 8 addresses.
    expect(await attempt(OWNER.email, OWNER.password, "198.51.100.10")).toMatchObject({ ok: true });
    for (let i = 0; i < 40; i++) await attempt(OWNER.email, `guess-${i}`, `203.0.113.${i % 8}`);
    // The owner, from home, gets in at once…
    const home: number[] = [];
    expect(await attempt(OWNER.email, OWNER.password, "198.51.100.10", home)).toMatchObject({ ok: true });
    expect(home).toEqual([]);
    // …and from an address never used before, gets in too, only after a short wait.
    const cafe: number[] = [];
    expect(await attempt(OWNER.email, OWNER.password, "192.0.2.77", cafe)).toMatchObject({ ok: true });
    expect(cafe).toHaveLength(1);
    expect(cafe[0]).toBeGreaterThan(0);
    expect(cafe[0]).toBeLessThanOrEqual(LOGIN_LIMITS.maxDelayMs);
  });

  it("one address gets a few tries at an account, then waits; the owner elsewhere is unaffected", async () => {
    await createUser(db(), OWNER);
    const { points } = LOGIN_LIMITS.perAccountAndAddress;
    for (let i = 0; i < points; i++)
      expect(await attempt(OWNER.email, `guess-${i}`, "203.0.113.7")).toEqual({ ok: false, error: "INVALID" });
    // Even the right password is refused from that address now: it may be the attacker's lucky guess.
    expect(await attempt(OWNER.email, OWNER.password, "203.0.113.7")).toEqual({ ok: false, error: "RATE_LIMITED" });
    expect(await attempt(OWNER.email, OWNER.password, "198.51.100.10")).toMatchObject({ ok: true });
  });

  it("limits one address trying many accounts, and no other address", async () => {
    await createUser(db(), OWNER);
    for (let i = 0; i < LOGIN_LIMITS.perAddress.points; i++)
      await attempt(`guess-${i}@example.kz`, "password-1", "203.0.113.7");
    expect(await attempt(OWNER.email, OWNER.password, "203.0.113.7")).toEqual({ ok: false, error: "RATE_LIMITED" });
    expect(await attempt(OWNER.email, OWNER.password, "198.51.100.1")).toMatchObject({ ok: true });
  });

  it("parallel guesses from one address are all counted: no more get through than the limit", async () => {
    await createUser(db(), OWNER);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(OWNER.email, `guess-${i}`, "203.0.113.7")),
    );
    expect(results.filter((r) => !r.ok && r.error === "INVALID")).toHaveLength(
      LOGIN_LIMITS.perAccountAndAddress.points,
    );
    expect(results.filter((r) => !r.ok && r.error === "RATE_LIMITED")).toHaveLength(
      20 - LOGIN_LIMITS.perAccountAndAddress.points,
    );
  });

  it("keeps no one's email in the limit counters", async () => {
    await createUser(db(), OWNER);
    await attempt(OWNER.email, "guess", "203.0.113.7");
    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toContain("asel");
  });
});
