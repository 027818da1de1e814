import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { createUser } from "../../prisma/seed/factories";
import { checkCredentials } from "../../src/modules/accounts/sign-in";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "../../src/server/rate-limit";

describe("sign-in", () => {
  it("accepts the right password and gives one generic answer for a wrong password or unknown email", async () => {
    await createUser(db(), { email: "asel@example.kz", password: "right-password-1" });
    expect(await checkCredentials(db(), { email: "ASEL@example.kz", password: "right-password-1" }, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await checkCredentials(db(), { email: "asel@example.kz", password: "nope-nope" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID" });
    expect(await checkCredentials(db(), { email: "ghost@example.kz", password: "nope-nope" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID" });
  });

  it("locks an account after repeated wrong passwords, even from other IPs and with the right password", async () => {
    await createUser(db(), { email: "asel@example.kz", password: "right-password-1" });
    await createUser(db(), { email: "bolat@example.kz", password: "right-password-2" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials(db(), { email: "asel@example.kz", password: `wrong-${i}` }, `10.0.0.${i}`);
    }
    expect(await checkCredentials(db(), { email: "asel@example.kz", password: "right-password-1" }, "10.9.9.9")).toEqual({ ok: false, error: "RATE_LIMITED" });
    // Another account from the same addresses is not affected.
    expect(await checkCredentials(db(), { email: "bolat@example.kz", password: "right-password-2" }, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("limits one IP trying many accounts", async () => {
    await createUser(db(), { email: "asel@example.kz", password: "right-password-1" });
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await db().loginAttempt.create({ data: { email: `guess-${i}@example.kz`, ip: "203.0.113.7", success: false } });
    }
    expect(await checkCredentials(db(), { email: "asel@example.kz", password: "right-password-1" }, "203.0.113.7")).toEqual({ ok: false, error: "RATE_LIMITED" });
    expect(await checkCredentials(db(), { email: "asel@example.kz", password: "right-password-1" }, "198.51.100.1")).toMatchObject({ ok: true });
  });
});
