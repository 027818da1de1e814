import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { linkToken, sendAccountEmails, smtpForFile } from "./account-mail";
import { createUser } from "../../prisma/seed/factories";
import { requestPasswordReset, resetPassword } from "../../src/modules/accounts/password-reset";
import { checkCredentials } from "../../src/modules/accounts/sign-in";
import { loadViewer } from "../../src/modules/accounts/queries";
import { adoptSessionVersion } from "../../src/modules/accounts/sessions";
import { resetPasswordSchema } from "../../src/modules/accounts/schema";
import { changePasswordAction } from "../../src/modules/accounts/password-actions";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const OLD = "steppe-wind-2026";
const NEW = "qyzyl-tan-arai-77";

const smtp = smtpForFile();

const signIn = (email: string, password: string) => checkCredentials(db(), { email, password }, "198.51.100.2");
const change = async (userId: string, currentPassword: string, newPassword: string, confirmPassword = newPassword) => {
  // The change is made from the browser whose session id is "sid-here".
  await actAs(userId, { sessionId: "sid-here" });
  return changePasswordAction({ currentPassword, newPassword, confirmPassword });
};

describe("changing the password in the profile", () => {
  it("needs the current password; then the old one stops working and every other session ends", async () => {
    const user = await createUser(db(), { email: "madina@example.kz", password: OLD });
    const phone = await signIn(user.email, OLD);
    const laptop = await signIn(user.email, OLD);
    if (!phone.ok || !laptop.ok) throw new Error("sign-in failed");

    expect(await change(user.id, "not-my-password", NEW)).toEqual({
      serverError: { message: "account.errors.WRONG_CURRENT_PASSWORD", field: "currentPassword" },
    });
    expect(await change(user.id, OLD, OLD)).toEqual({
      serverError: { message: "account.errors.SAME_PASSWORD", field: "newPassword" },
    });
    expect(await change(user.id, OLD, "qwerty123")).toEqual({
      serverError: { message: "validation.passwordWeak", field: "newPassword" },
    });
    expect(await change(user.id, OLD, NEW, `${NEW}!`)).toEqual({
      validationErrors: { confirmPassword: { _errors: ["account.errors.PASSWORD_MISMATCH"] } },
    });
    // Refusals changed nothing: both sessions still work.
    expect(await loadViewer(db(), user.id, phone.sessionVersion)).not.toBeNull();

    expect(await change(user.id, OLD, NEW)).toEqual({});
    expect(await signIn(user.email, OLD)).toEqual({ ok: false, error: "INVALID" });
    const again = await signIn(user.email, NEW);
    expect(again.ok).toBe(true);
    // Sessions from before the change are over...
    expect(await loadViewer(db(), user.id, laptop.sessionVersion)).toBeNull();
    expect(again.ok && (await loadViewer(db(), user.id, again.sessionVersion))).toMatchObject({ id: user.id });
    // ...except the one that made the change: its update() adopts the new version; another
    // browser's update() (or a stolen token's) does not revive it.
    const here = await adoptSessionVersion(db(), { sub: user.id, sid: "sid-here", sv: phone.sessionVersion });
    expect(await loadViewer(db(), user.id, here.sv as number)).toMatchObject({ id: user.id });
    const elsewhere = await adoptSessionVersion(db(), { sub: user.id, sid: "sid-laptop", sv: laptop.sessionVersion });
    expect(await loadViewer(db(), user.id, elsewhere.sv as number)).toBeNull();
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "user.password_change" } })).toBe(1);
  });

  it("voids a reset link sent before the change", async () => {
    const user = await createUser(db(), { password: OLD });
    await requestPasswordReset(db(), { email: user.email }, "198.51.100.3");
    const token = linkToken((await sendAccountEmails(smtp()))[0], "reset-password");
    expect(await change(user.id, OLD, NEW)).toEqual({});
    expect(
      await errorCode(
        resetPassword(
          db(),
          resetPasswordSchema.parse({ token, password: "someone-else-9x", confirmPassword: "someone-else-9x" }),
        ),
      ),
    ).toBe("account.link.USED");
    expect((await signIn(user.email, NEW)).ok).toBe(true);
  });
});
