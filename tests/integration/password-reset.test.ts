import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode } from "./helpers";
import { actor, resetActor } from "./action-harness";
import { APP_URL, linkToken, sendAccountEmails, smtpForFile } from "./account-mail";
import { createUser } from "../../prisma/seed/factories";
import { requestPasswordReset, resetPassword, linkState } from "../../src/modules/accounts/password-reset";
import { checkCredentials } from "../../src/modules/accounts/sign-in";
import { loadViewer } from "../../src/modules/accounts/queries";
import { forgotPasswordSchema, resetPasswordSchema } from "../../src/modules/accounts/schema";
import { MAX_REQUESTS_PER_EMAIL, MAX_REQUESTS_PER_IP } from "../../src/modules/accounts/email-requests";
import { requestPasswordResetAction, resetPasswordAction } from "../../src/modules/accounts/password-actions";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const OLD = "steppe-wind-2026";
const NEW = "qyzyl-tan-arai-77";

const smtp = smtpForFile();

const ask = (email: string, ip = "203.0.113.7") =>
  requestPasswordReset(db(), forgotPasswordSchema.parse({ email }), ip);
const reset = (token: string, password = NEW) =>
  resetPassword(db(), resetPasswordSchema.parse({ token, password, confirmPassword: password }));
const signIn = (email: string, password: string) => checkCredentials(db(), { email, password }, "198.51.100.1");

describe("resetting a forgotten password", () => {
  it("emails a one-hour link in the person's language; the new password works, the old one and every session end, the link works once", async () => {
    const user = await createUser(db(), { email: "oleg@example.kz", name: "Олег", password: OLD, locale: "ru" });
    const session = await signIn(user.email, OLD);
    expect(session.ok).toBe(true);
    const sv = session.ok ? session.sessionVersion : -1;

    await ask("Oleg@Example.kz");
    const [mail] = await sendAccountEmails(smtp());
    expect(mail?.to).toEqual(["oleg@example.kz"]);
    expect(mail?.subject).toBe("Восстановление пароля на Asar");
    expect(mail?.text).toContain("Здравствуйте, Олег!");
    expect(mail?.text).toContain("Ссылка действует один час");
    const token = linkToken(mail, "reset-password");
    expect(mail?.html).toContain(`href="${APP_URL}/ru/reset-password?token=${token}"`);

    // Only the SHA-256 of the link's secret is stored, and it lasts an hour.
    const row = await db().accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await db().accountEmail.findMany())).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(3590_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(3600_000);

    await reset(token);
    expect(await signIn(user.email, OLD)).toEqual({ ok: false, error: "INVALID" });
    expect((await signIn(user.email, NEW)).ok).toBe(true);
    // The session signed in before the reset (another browser) is over.
    expect(await loadViewer(db(), user.id, sv)).toBeNull();

    // The same link again: refused with its reason, and the password stays the new one.
    expect(await errorCode(reset(token, "another-long-phrase-9"))).toBe("account.link.USED");
    expect((await linkState(db(), "PASSWORD_RESET", token)).state).toBe("USED");
    expect((await signIn(user.email, NEW)).ok).toBe(true);
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "user.password_reset" } })).toBe(1);
  });

  it("gives the same answer for an address without an account, and emails nobody", async () => {
    await createUser(db(), { email: "dana@example.kz" });
    actor.clientAddress = "203.0.113.8";
    const known = await requestPasswordResetAction({ email: "dana@example.kz" });
    const unknown = await requestPasswordResetAction({ email: "nobody@example.kz" });
    expect(known).toEqual({});
    expect(unknown).toEqual(known);
    expect(await db().accountEmail.findMany({ select: { to: true } })).toEqual([{ to: "dana@example.kz" }]);
  });

  it("refuses an expired link and a made-up one, each with its reason, and changes nothing", async () => {
    const user = await createUser(db(), { password: OLD });
    await ask(user.email);
    const token = linkToken((await sendAccountEmails(smtp()))[0], "reset-password");
    await db().accountToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(await errorCode(reset(token))).toBe("account.link.EXPIRED");
    expect(await errorCode(reset(`${token.slice(0, -2)}${token.endsWith("xx") ? "yy" : "xx"}`))).toBe(
      "account.link.INVALID",
    );
    expect((await linkState(db(), "PASSWORD_RESET", "")).state).toBe("INVALID");
    expect((await signIn(user.email, OLD)).ok).toBe(true);
  });

  it("a newer link voids none, but using one voids every other link of the account", async () => {
    const user = await createUser(db(), { password: OLD });
    await ask(user.email);
    await ask(user.email);
    const [first, second] = await sendAccountEmails(smtp());
    await reset(linkToken(second, "reset-password"));
    expect(await errorCode(reset(linkToken(first, "reset-password"), "yet-another-phrase-1"))).toBe(
      "account.link.USED",
    );
  });

  it("refuses a guessable password next to the field (the sign-up policy) and keeps the link usable", async () => {
    const user = await createUser(db(), { password: OLD });
    await ask(user.email);
    const token = linkToken((await sendAccountEmails(smtp()))[0], "reset-password");
    const refused = await resetPasswordAction({ token, password: "password1", confirmPassword: "password1" });
    expect(refused).toEqual({ serverError: { message: "validation.passwordWeak", field: "password" } });
    const mismatch = await resetPasswordAction({ token, password: NEW, confirmPassword: `${NEW}x` });
    expect(mismatch).toEqual({
      validationErrors: { confirmPassword: { _errors: ["account.errors.PASSWORD_MISMATCH"] } },
    });
    expect(await resetPasswordAction({ token, password: NEW, confirmPassword: NEW })).toEqual({});
    expect((await signIn(user.email, NEW)).ok).toBe(true);
  });

  it("limits requests per address and per client address, whether or not the account exists", async () => {
    await createUser(db(), { email: "aruzhan@example.kz" });
    for (const email of ["aruzhan@example.kz", "ghost@example.kz"]) {
      for (let i = 0; i < MAX_REQUESTS_PER_EMAIL; i++) await ask(email, `198.51.100.${i + 10}`);
      expect(await errorCode(ask(email, "198.51.100.99"))).toBe("account.errors.TOO_MANY_REQUESTS");
    }
    expect(await db().accountEmail.count()).toBe(MAX_REQUESTS_PER_EMAIL);

    // One client address asking for many addresses.
    for (let i = 0; i < MAX_REQUESTS_PER_IP; i++) await ask(`someone${i}@example.kz`, "192.0.2.50");
    expect(await errorCode(ask("aruzhan2@example.kz", "192.0.2.50"))).toBe("account.errors.TOO_MANY_REQUESTS");
    await ask("aruzhan2@example.kz", "192.0.2.51");
  });

  it("does not send a link for a deleted account", async () => {
    const user = await createUser(db());
    await ask(user.email);
    await db().user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await sendAccountEmails(smtp())).toEqual([]);
    expect(await db().accountEmail.findFirst({ select: { status: true } })).toEqual({ status: "SKIPPED" });
    expect(await db().accountToken.count()).toBe(0);
  });
});
