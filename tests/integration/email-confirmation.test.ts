import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { APP_URL, linkToken, sendAccountEmails, smtpForFile } from "./account-mail";
import { addMember, createOrganizer, createUser } from "../../prisma/seed/factories";
import { registerOrganizer, registerVolunteer } from "../../src/modules/accounts/mutations";
import { confirmEmail, resendEmailConfirmation } from "../../src/modules/accounts/email-confirmation";
import { organizerSignUpSchema, volunteerSignUpSchema } from "../../src/modules/accounts/schema";
import { MAX_REQUESTS_PER_EMAIL } from "../../src/modules/accounts/email-requests";
import { makeBin } from "../../src/domain/bin";

const smtp = smtpForFile();

const signUp = (email: string, locale: "kk" | "ru" | "en" = "kk") =>
  registerVolunteer(
    db(),
    volunteerSignUpSchema.parse({
      name: "Айгерім Серікова",
      email,
      password: "steppe-wind-2026",
      birthDate: "2000-03-04",
      regionCode: "ASTANA",
      locale,
    }),
  );

describe("confirming the email address given at sign-up", () => {
  it("a new volunteer gets one welcome email in their language with the link; until it is opened the account is unconfirmed", async () => {
    const { userId } = await signUp("aigerim@example.kz");
    expect((await viewerOf(userId)).emailConfirmed).toBe(false);

    // One email, not a welcome and a confirmation.
    const sent = await sendAccountEmails(smtp());
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail?.to).toEqual(["aigerim@example.kz"]);
    expect(mail?.subject).toBe("Asar-ға қош келдіңіз: email-іңізді растаңыз");
    expect(mail?.text).toContain("Сәлеметсіз бе, Айгерім Серікова!");
    expect(mail?.text).toContain("Волонтер аккаунтыңыз дайын: профиліңізді толтырып, жоба тауып, өтінім беріңіз");
    expect(mail?.text).toContain("Бір ғана қадам қалды: бұл мекенжай сіздікі екенін растаңыз.");
    const token = linkToken(mail, "confirm-email");
    expect(mail?.text).toContain(`${APP_URL}/kk/confirm-email?token=${token}`);

    expect(await confirmEmail(db(), { token })).toEqual({ invitations: 0 });
    expect((await viewerOf(userId)).emailConfirmed).toBe(true);
    // Opening the link again is fine: the address is confirmed.
    expect(await confirmEmail(db(), { token })).toEqual({ invitations: 0 });
    expect(await errorCode(confirmEmail(db(), { token: "made-up" }))).toBe("account.link.INVALID");
  });

  it("an organizer's owner is welcomed as an organizer, with the link, in one email", async () => {
    const { userId } = await registerOrganizer(
      db(),
      organizerSignUpSchema.parse({
        orgName: "Жасыл Ақтөбе",
        form: "REGISTERED",
        legalForm: "PUBLIC_ASSOCIATION",
        bin: makeBin("21054000123"),
        regionCode: "AKTOBE",
        directions: ["ENVIRONMENTAL"],
        orgEmail: "info@jasyl.kz",
        name: "Дана Ахметова",
        email: "dana@jasyl.kz",
        password: "clean-air-aktobe",
        locale: "ru",
      }),
    );
    expect((await viewerOf(userId)).emailConfirmed).toBe(false);
    const sent = await sendAccountEmails(smtp());
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail?.subject).toBe("Добро пожаловать на Asar: подтвердите email");
    expect(mail?.text).toContain("Здравствуйте, Дана Ахметова!");
    expect(mail?.text).toContain("Организатор «Жасыл Ақтөбе» зарегистрирован. Региональный фронт-офис проверит его");
    expect(mail?.html).toContain("Организатор «Жасыл Ақтөбе» зарегистрирован.");
    expect(mail?.text).toContain(`${APP_URL}/ru/confirm-email?token=${linkToken(mail, "confirm-email")}`);
  });

  it("an expired link is refused; the profile sends a new one, within the limit", async () => {
    const { userId } = await signUp("erzhan@example.kz", "en");
    const first = linkToken((await sendAccountEmails(smtp()))[0], "confirm-email");
    await db().accountToken.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await errorCode(confirmEmail(db(), { token: first }))).toBe("account.link.EXPIRED");

    const viewer = await viewerOf(userId);
    await resendEmailConfirmation(db(), viewer, "203.0.113.9");
    const [again] = await sendAccountEmails(smtp());
    expect(again?.subject).toBe("Confirm your email for Asar");
    await confirmEmail(db(), { token: linkToken(again, "confirm-email") });
    expect((await viewerOf(userId)).emailConfirmed).toBe(true);

    // Once confirmed, asking again sends nothing; an unconfirmed account is limited.
    await resendEmailConfirmation(db(), await viewerOf(userId), "203.0.113.9");
    expect(await db().accountEmail.count({ where: { status: "PENDING" } })).toBe(0);
    const { userId: other } = await signUp("other@example.kz");
    for (let i = 1; i < MAX_REQUESTS_PER_EMAIL + 1; i++)
      await resendEmailConfirmation(db(), await viewerOf(other), "203.0.113.9");
    expect(await errorCode(resendEmailConfirmation(db(), await viewerOf(other), "203.0.113.9"))).toBe(
      "account.errors.TOO_MANY_REQUESTS",
    );
  });

  it("the database refuses an unconfirmed account as a coordinator, whatever code tries", async () => {
    const org = await createOrganizer(db());
    const unconfirmed = await createUser(db(), { emailConfirmed: false });
    await expect(addMember(db(), org.id, unconfirmed.id)).rejects.toThrow(/EMAIL_NOT_CONFIRMED/);
    const confirmed = await createUser(db());
    await addMember(db(), org.id, confirmed.id);
  });
});
