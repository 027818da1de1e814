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
  REMINDER_DAY_BEFORE: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    startsAt: "2026-06-06T05:00:00.000Z",
    endsAt: "2026-06-06T09:00:00.000Z",
    settlement: "Astana",
    signupId: "s1",
  },
  REMINDER_SOON: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    startsAt: "2026-06-06T05:00:00.000Z",
    endsAt: "2026-06-06T09:00:00.000Z",
    applicationId: "a1",
  },
  TOOK_PART_FOLLOW_UP: { projectId: "p1", projectTitle: "Green Esil", roleTitle: "Guide", workedOn: "2026-06-06" },
  APPLICATIONS_WAITING: { organizerId: "o1", count: 3, days: 5 },
  APPLICATIONS_STALE: { organizerId: "o1", count: 2, days: 10, regionCode: "ASTANA", forStaff: true },
  ORGANIZER_WEEKLY_DIGEST: { organizerId: "o1", waiting: 4, overdue: 1, upcoming: 2, hours: 0 },
  STAFF_DAILY_DIGEST: { regionCode: "ASTANA", organizers: 1, projects: 2, helpRequests: 0, stale: 3 },
  HOURS_PROPOSED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    volunteerName: "Aigerim",
    hours: 3.75,
    workedOn: "2026-06-02",
  },
  SLOT_PROMOTED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    slotId: "s1",
    signupId: "g1",
    startsAt: "2026-12-05T05:00:00.000Z",
    endsAt: "2026-12-05T09:00:00.000Z",
  },
  SLOT_COVER_REQUEST: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    slotId: "s1",
    startsAt: "2026-12-05T05:00:00.000Z",
    endsAt: "2026-12-05T09:00:00.000Z",
  },
  SLOT_CANCELLED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    startsAt: "2026-12-05T05:00:00.000Z",
    endsAt: "2026-12-05T09:00:00.000Z",
  },
  SLOT_CHANGED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    roleTitle: "Guide",
    slotId: "s1",
    signupId: "g2",
    startsAt: "2026-12-06T08:00:00.000Z",
    endsAt: "2026-12-06T12:00:00.000Z",
    previousStartsAt: "2026-12-05T05:00:00.000Z",
    previousEndsAt: "2026-12-05T09:00:00.000Z",
  },
  TESTIMONIAL_RECEIVED: { projectId: "p1", projectTitle: "Green Esil", testimonialId: "t1", rating: 5 },
  TESTIMONIAL_REPLIED: { projectId: "p1", projectTitle: "Green Esil", testimonialId: "t1" },
  TESTIMONIAL_REPORTED: {
    projectId: "p1",
    projectTitle: "Green Esil",
    testimonialId: "t1",
    regionCode: "ASTANA",
    reason: "Names a child",
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
          // Hours lead to the volunteer's hours page (proposed ones to the project's, for its
          // organizer), everything else about a project to the project.
          expect(mail.text).toContain(
            "https://asar.kz/" +
              locale +
              (type === "HOURS_PROPOSED"
                ? "/projects/p1/hours"
                : type.startsWith("HOURS_") || type === "TOOK_PART_FOLLOW_UP"
                  ? "/my/hours"
                  : type === "VOLUNTEER_INVITATION"
                    ? "/invitations"
                    : type.startsWith("SLOT_")
                      ? "/my/calendar"
                      : type === "TESTIMONIAL_REPORTED"
                        ? "/moderation/testimonials"
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

  it("takes slot notices to the volunteer's calendar, at the sign-up or the slot, with the slot's time", () => {
    const renderer = createRenderer("en", messages.en!);
    const promoted = renderer.render({ type: "SLOT_PROMOTED", data: DATA.SLOT_PROMOTED });
    expect(promoted.path).toBe("/my/calendar#signup-g1");
    // 05:00 UTC is 10:00 in Kazakhstan.
    expect(promoted.sentence).toContain("10:00");
    expect(renderer.render({ type: "SLOT_COVER_REQUEST", data: DATA.SLOT_COVER_REQUEST }).path).toBe(
      "/my/calendar#slot-s1",
    );
    expect(renderer.render({ type: "SLOT_CANCELLED", data: DATA.SLOT_CANCELLED }).path).toBe("/my/calendar");
  });

  it("says a moved slot's old and new times in every language, linking to the volunteer's sign-up", () => {
    for (const locale of LOCALES) {
      const r = createRenderer(locale, messages[locale]!).render({ type: "SLOT_CHANGED", data: DATA.SLOT_CHANGED });
      expect(r.path).toBe("/my/calendar#signup-g2");
      // Was 10:00–14:00 on the 5th, now 13:00–17:00 on the 6th, Kazakhstan time.
      // (English puts a narrow no-break space before AM/PM.)
      expect(r.sentence).toMatch(
        locale === "en" ? /10:00\sAM\s–\s2:00\sPM.*1:00\s–\s5:00\sPM/ : /10:00\s?–\s?14:00.*13:00\s?–\s?17:00/,
      );
      expect(r.subject).toContain("Green Esil");
    }
  });

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

  it("reminds of a slot or an event with when, where and an “I can't come” link to give the place up", () => {
    const ru = createRenderer("ru", messages.ru!);
    const slot = ru.render({ type: "REMINDER_DAY_BEFORE", data: DATA.REMINDER_DAY_BEFORE });
    // Kazakhstan time (UTC+5): 10:00–14:00 on 6 June.
    expect(slot.sentence).toMatch(/^Напоминаем: завтра, 6 июн\. 2026\s?г\., 10:00\s*–\s*14:00, вы участвуете/);
    expect(slot.details).toEqual(["Где: Astana"]);
    expect(slot.path).toBe("/projects/p1");
    expect(slot.actions).toEqual([{ label: "Не смогу прийти", path: "/my/calendar#signup-s1" }]);
    const en = createRenderer("en", messages.en!);
    const event = en.render({ type: "REMINDER_SOON", data: DATA.REMINDER_SOON });
    expect(event.actions).toEqual([{ label: "I can’t come", path: "/my/applications" }]);
    const mail = renderEmail(
      en,
      { type: "REMINDER_SOON", data: DATA.REMINDER_SOON },
      { name: "Dana" },
      "https://asar.kz",
    );
    expect(mail.text).toContain("I can’t come: https://asar.kz/en/my/applications");
    const kk = createRenderer("kk", messages.kk!);
    const kkMail = renderEmail(
      kk,
      { type: "REMINDER_DAY_BEFORE", data: DATA.REMINDER_DAY_BEFORE },
      { name: "Dana" },
      "https://asar.kz",
    );
    expect(kkMail.html).toContain('href="https://asar.kz/kk/my/calendar#signup-s1"');
    expect(kk.render({ type: "TOOK_PART_FOLLOW_UP", data: DATA.TOOK_PART_FOLLOW_UP }).path).toBe("/my/hours");
  });

  it("lists in a digest only the work there is, and sends each reader where to do it", () => {
    const en = createRenderer("en", messages.en!);
    const weekly = en.render({ type: "ORGANIZER_WEEKLY_DIGEST", data: DATA.ORGANIZER_WEEKLY_DIGEST }, organizer);
    expect(weekly.details).toEqual([
      "4 applications wait for an answer, 1 of them more than 5 days",
      "2 projects start within 7 days",
    ]);
    expect(weekly.path).toBe("/organizers/astana-jastary/applications");
    const ru = createRenderer("ru", messages.ru!);
    const daily = ru.render({ type: "STAFF_DAILY_DIGEST", data: DATA.STAFF_DAILY_DIGEST });
    expect(daily.subject).toBe("Сегодня во фронт-офисе: Астана");
    expect(daily.details).toEqual([
      "1 организатор ждёт проверки",
      "2 проекта ждут модерации",
      "3 заявки без ответа больше 10 дней",
    ]);
    expect(daily.path).toBe("/moderation");
    const toStaff = en.render({ type: "APPLICATIONS_STALE", data: DATA.APPLICATIONS_STALE }, organizer);
    expect(toStaff.path).toBe("/organizers/astana-jastary");
    expect(toStaff.sentence).toContain("Contact the organizer");
    const toTeam = en.render(
      { type: "APPLICATIONS_STALE", data: { ...DATA.APPLICATIONS_STALE, forStaff: undefined } },
      organizer,
    );
    expect(toTeam.path).toBe("/organizers/astana-jastary/applications");
    expect(toTeam.sentence).toBe(
      "2 applications to “Astana Jastary” have had no answer for more than 10 days. The region’s front office has been told as well: answer them now.",
    );
    const waiting = ru.render({ type: "APPLICATIONS_WAITING", data: DATA.APPLICATIONS_WAITING }, organizer);
    expect(waiting.sentence).toMatch(/^3 заявки в «Astana Jastary» ждут ответа больше 5 дней/);
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
