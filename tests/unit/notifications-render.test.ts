import { describe, expect, it } from "vitest";
import { NotificationType } from "../../src/generated/prisma/enums";
import { loadMessages } from "../../src/i18n/messages";
import { LOCALES } from "../../src/domain/locales";
import { createRenderer, renderEmail, type NotificationData } from "../../src/modules/notifications/render";

const DATA: NotificationData = {
  APPLICATION_RECEIVED: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide", volunteerName: "Aigerim" },
  APPLICATION_ACCEPTED: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide" },
  APPLICATION_REJECTED: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide" },
  APPLICATION_WAITLISTED: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide" },
  APPLICATION_PROMOTED: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide" },
  PROJECT_CANCELLED: { projectId: "p1", projectTitle: "Green Esil", reason: "Storm warning" },
  PROJECT_APPROVED: { projectId: "p1", projectTitle: "Green Esil", ground: null, comment: null },
  PROJECT_CHANGES_REQUESTED: { projectId: "p1", projectTitle: "Green Esil", comment: "Add the meeting point" },
  PROJECT_REJECTED: { projectId: "p1", projectTitle: "Green Esil", ground: "PAID_WORK", comment: "Wages are offered" },
  ORGANIZER_VERIFIED: { organizerId: "o1" },
  ORGANIZER_REJECTED: { organizerId: "o1", reason: "BIN does not match" },
  ORGANIZER_OWNERSHIP_RECEIVED: { organizerId: "o1" },
  ORGANIZER_INVITATION: { organizerId: "o1", invitationId: "i1" },
  STAFF_APPOINTED: { regionCode: "ASTANA" },
  HOURS_CONFIRMED: { projectId: "p1", projectTitle: "Green Esil", hours: 4.5, workedOn: "2026-06-02" },
  HOURS_DISPUTED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    hours: 8,
    workedOn: "2026-06-02",
    comment: "The shift was 4 hours",
  },
  HELP_REQUEST_RECEIVED: { requestId: "h1", regionCode: "ATYRAU", category: "EMERGENCY", settlement: "Kulsary" },
  HELP_REQUEST_ASSIGNED: { requestId: "h1", organizerId: "o1" },
  HELP_REQUEST_ANSWERED: { requestId: "h1", accepted: false, organizerName: "Atyrau Jastary", reason: "No boats" },
  HELP_REQUESTS_SURGE: { regionCode: "ATYRAU", cap: 50 },
  HELP_REQUESTS_OVERDUE: { regionCode: "ATYRAU", count: 3 },
  CALL_OUT_UPDATE: {
    callOutId: "c1",
    callOutTitle: "Flood in Kulsary",
    updateId: "u1",
    body: "Meet at the school at 8",
  },
  CALL_OUT_CLOSED: { callOutId: "c1", callOutTitle: "Flood in Kulsary" },
  CALL_OUT: {
    callOutId: "c1",
    title: "Sandbags in Kulsary",
    regionCodes: ["ATYRAU"],
    settlements: ["Kulsary"],
    startsAt: "2026-04-05T04:00:00.000Z",
    endsAt: "2026-04-05T13:00:00.000Z",
    answerBy: "2026-04-04T15:00:00.000Z",
  },
  VOLUNTEER_INVITATION: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    invitationId: "vi1",
    organizerId: "o1",
  },
  MESSAGES_UNREAD: {
    count: 2,
    conversations: [
      { conversationId: "cv1", projectId: "p2", projectTitle: "Addresses for Care", unread: 3 },
      { conversationId: "cv2", projectId: "p3", projectTitle: "Clean Esil", unread: 1 },
    ],
  },
  MESSAGE_REPORTED: { projectId: "p1", projectTitle: "Green Esil", messageId: "m1", regionCode: "ASTANA" },
};

const organizer = { name: "Astana Jastary", slug: "astana-jastary" };

describe("notification texts", async () => {
  const messages = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await loadMessages(l)] as const)));

  it("covers every notification type", () => {
    expect(Object.keys(DATA).sort()).toEqual(Object.values(NotificationType).sort());
  });

  for (const locale of LOCALES) {
    it(`renders every type in ${locale} without a missing message`, () => {
      const errors: string[] = [];
      const renderer = createRenderer(locale, messages[locale]!, (e) => errors.push(e.message));
      for (const [type, data] of Object.entries(DATA)) {
        const r = renderer.render({ type, data }, organizer);
        const mail = renderEmail(renderer, { type, data }, { name: "Dana" }, "https://asar.kz/", organizer);
        expect(r.subject).not.toContain("notifications.");
        expect(r.sentence).not.toContain("notifications.");
        if ("projectTitle" in data) {
          expect(r.subject).toContain("Green Esil");
          // Hours lead to the volunteer's hours page, everything else about a project to the project.
          expect(mail.text).toContain(
            "https://asar.kz/" +
              locale +
              (type.startsWith("HOURS_")
                ? "/my/hours"
                : type === "VOLUNTEER_INVITATION"
                  ? "/invitations"
                  : type === "MESSAGE_REPORTED"
                    ? "/moderation/messages"
                    : "/projects/p1"),
          );
        }
        if (type === "VOLUNTEER_INVITATION") expect(r.sentence).toContain("Astana Jastary");
        if (type.startsWith("ORGANIZER_")) expect(r.subject).toContain("Astana Jastary");
        expect(mail.text).toContain("Dana");
        expect(mail.html).toContain(`https://asar.kz/${locale}/notifications`);
      }
      expect(errors).toEqual([]);
    });
  }

  it("takes a call-out's update and closing to the call-out, with staff's message in the email", () => {
    for (const locale of LOCALES) {
      const renderer = createRenderer(locale, messages[locale]!);
      for (const type of ["CALL_OUT_UPDATE", "CALL_OUT_CLOSED"] as const) {
        const r = renderer.render({ type, data: DATA[type] });
        expect(r.subject).toContain("Flood in Kulsary");
        expect(r.path).toBe("/call-outs/c1");
      }
      const mail = renderEmail(
        renderer,
        { type: "CALL_OUT_UPDATE", data: DATA.CALL_OUT_UPDATE },
        { name: "Dana" },
        "https://asar.kz",
      );
      expect(mail.text).toContain("Meet at the school at 8");
      expect(mail.text).toContain(`https://asar.kz/${locale}/call-outs/c1`);
    }
  });

  it("lists the unread conversations in one email, linking the inbox (or the one conversation)", () => {
    for (const locale of LOCALES) {
      const renderer = createRenderer(locale, messages[locale]!);
      const mail = renderEmail(
        renderer,
        { type: "MESSAGES_UNREAD", data: DATA.MESSAGES_UNREAD },
        { name: "Dana" },
        "https://asar.kz",
      );
      expect(mail.text).toContain("Addresses for Care");
      expect(mail.text).toContain("Clean Esil");
      expect(mail.text).toContain(`https://asar.kz/${locale}/messages\n`);
      const one = { count: 1, conversations: [DATA.MESSAGES_UNREAD.conversations[0]!] };
      expect(renderer.render({ type: "MESSAGES_UNREAD", data: one }).path).toBe("/messages/cv1");
    }
  });

  it("adds the law's ground, the comment and the reason in the reader's language", () => {
    const ru = createRenderer("ru", messages.ru!);
    const rejected = ru.render({ type: "PROJECT_REJECTED", data: DATA.PROJECT_REJECTED });
    expect(rejected.details).toEqual(["Основание: Оплачиваемая работа", "Комментарий модератора: Wages are offered"]);
    const kk = createRenderer("kk", messages.kk!);
    expect(kk.render({ type: "STAFF_APPOINTED", data: DATA.STAFF_APPOINTED }).subject).toContain("Астана");
  });

  it("gives hours their amount and date, and a dispute the organizer's comment", () => {
    const ru = createRenderer("ru", messages.ru!);
    expect(ru.render({ type: "HOURS_DISPUTED", data: DATA.HOURS_DISPUTED }).details).toEqual([
      "Часы: 8 за 2 июня 2026 г.",
      "Комментарий организатора: The shift was 4 hours",
    ]);
    const en = createRenderer("en", messages.en!);
    expect(
      en.render({ type: "HOURS_CONFIRMED", data: { ...DATA.HOURS_CONFIRMED, reason: "Left an hour early" } }).details,
    ).toEqual(["Hours: 4.5 on June 2, 2026", "Reason: Left an hour early"]);
  });

  it("sends help-request notices to the request, the organizer's requests or the queue", () => {
    const ru = createRenderer("ru", messages.ru!);
    const received = ru.render({ type: "HELP_REQUEST_RECEIVED", data: DATA.HELP_REQUEST_RECEIVED });
    expect(received.path).toBe("/moderation/help/h1");
    expect(received.subject).toBe(
      "Новая просьба о помощи: Чрезвычайная ситуация: паводок, пожар, последствия бедствия",
    );
    expect(ru.render({ type: "HELP_REQUEST_ASSIGNED", data: DATA.HELP_REQUEST_ASSIGNED }, organizer).path).toBe(
      "/organizers/astana-jastary/help",
    );
    const handedBack = ru.render({ type: "HELP_REQUEST_ANSWERED", data: DATA.HELP_REQUEST_ANSWERED });
    expect(handedBack.subject).toBe("Просьба о помощи возвращена");
    expect(handedBack.details).toEqual(["Причина: No boats"]);
    const taken = ru.render({ type: "HELP_REQUEST_ANSWERED", data: { ...DATA.HELP_REQUEST_ANSWERED, accepted: true } });
    expect(taken.sentence).toBe("«Atyrau Jastary» взял просьбу о помощи.");
    const surge = ru.render({ type: "HELP_REQUESTS_SURGE", data: DATA.HELP_REQUESTS_SURGE });
    expect(surge.path).toBe("/moderation/help");
    expect(surge.sentence).toContain("больше 50");
    const digest = ru.render({ type: "HELP_REQUESTS_OVERDUE", data: DATA.HELP_REQUESTS_OVERDUE });
    expect(digest.path).toBe("/moderation/help");
    expect(digest.sentence).toMatch(/^Атырауская область: 3 просьбы о помощи ждут больше 48 часов/);
  });

  it("calls out with what, where, when, the deadline, why, and the two answers as links", () => {
    const ru = createRenderer("ru", messages.ru!);
    const r = ru.render({ type: "CALL_OUT", data: DATA.CALL_OUT });
    expect(r.subject).toBe("Нужны волонтеры: «Sandbags in Kulsary»");
    expect(r.path).toBe("/call-outs/c1");
    // Kazakhstan time (UTC+5): 09:00–18:00 on 5 April, answers by 20:00 the day before.
    expect(r.details.join("\n")).toMatch(/Когда: 5 апр\. 2026\s?г\., 09:00\s*–\s*18:00/);
    expect(r.details).toContain("Где: Kulsary · Атырауская область");
    expect(r.details.join("\n")).toMatch(/ответьте до 4 апр\. 2026\s?г\., 20:00/);
    expect(r.details.at(-1)).toMatch(/согласились получать экстренные вызовы по региону: Атырауская область/);
    const mail = renderEmail(ru, { type: "CALL_OUT", data: DATA.CALL_OUT }, { name: "Dana" }, "https://asar.kz");
    expect(mail.text).toContain("Я приду: https://asar.kz/ru/call-outs/c1?answer=coming");
    expect(mail.text).toContain("Не смогу: https://asar.kz/ru/call-outs/c1?answer=cant");
    expect(mail.html).toContain('href="https://asar.kz/ru/call-outs/c1?answer=coming"');
    const kk = createRenderer("kk", messages.kk!);
    expect(kk.render({ type: "CALL_OUT", data: DATA.CALL_OUT }).subject).toBe("Еріктілер қажет: «Sandbags in Kulsary»");
  });

  it("survives missing, wrong or hostile data", () => {
    const errors: string[] = [];
    const en = createRenderer("en", messages.en!, (e) => errors.push(e.message));
    for (const data of [null, {}, [], "x", { projectTitle: 42, projectId: { a: 1 } }]) {
      const r = en.render({ type: "APPLICATION_RECEIVED", data });
      expect(r.sentence).toBe("A volunteer applied for the role “volunteer” in the project “your project”.");
      expect(r.path).toBe("/notifications");
    }
    expect(en.render({ type: "SOMETHING_NEW", data: {} }).subject).toBe("New notification on Asar");
    expect(en.render({ type: "ORGANIZER_VERIFIED", data: { organizerId: "gone" } }, null).path).toBe("/notifications");
    // A new owner is sent to the team page, where they now manage the coordinators.
    const handedOver = en.render({ type: "ORGANIZER_OWNERSHIP_RECEIVED", data: { organizerId: "o1" } }, organizer);
    expect(handedOver.path).toBe("/organizers/astana-jastary/members");
    expect(handedOver.subject).toBe("You now own “Astana Jastary”");
    // An invitation is answered on the invitations page, not on the organizer's.
    const invited = en.render(
      { type: "ORGANIZER_INVITATION", data: { organizerId: "o1", invitationId: "i1" } },
      organizer,
    );
    expect(invited.path).toBe("/invitations");
    expect(invited.subject).toBe("Invitation to join “Astana Jastary”");
    // An invitation to a role too: to /invitations (apply or decline), naming project, role and organizer.
    const toRole = en.render(
      {
        type: "VOLUNTEER_INVITATION",
        data: {
          organizerId: "o1",
          invitationId: "vi1",
          projectId: "p1",
          projectTitle: "Flood relief",
          roleTitle: "Sorter",
        },
      },
      organizer,
    );
    expect(toRole.path).toBe("/invitations");
    expect(toRole.subject).toBe("Invitation to a project: “Flood relief”");
    expect(toRole.sentence).toContain("“Astana Jastary” found you for the role “Sorter”");
    const mail = renderEmail(
      en,
      { type: "APPLICATION_ACCEPTED", data: { projectTitle: "<script>alert(1)</script>" } },
      { name: "<b>" },
      "https://asar.kz",
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&#60;script&#62;");
    expect(mail.text).toContain("<script>alert(1)</script>");
    expect(errors).toEqual([]);
  });
});
