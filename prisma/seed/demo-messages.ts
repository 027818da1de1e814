// Messages on «Адреса заботы» (issue 12): a few conversations between Astana Jastary's team and
// volunteers who applied — practical questions about Saturday's outing, answered by the team, one
// last question still unread by the team so the header's badge and the team inbox show it — and
// two saved replies the team uses. Rows are written as src/modules/messages writes them: the
// conversation, its messages, a read row per participant, lastMessageAt.
import type { Db } from "../../src/server/prisma-client";
import { HOUR } from "./demo-clock";
import { newId } from "./demo-activity";

export type DemoMessagesInput = { projectId: string; organizerId: string; ownerId: string; now: Date };

const MINUTE = 60_000;

type Line = { fromTeam: boolean; body: string; minutesAgo: number };

const THREADS: Line[][] = [
  [
    {
      fromTeam: false,
      body: "Сәлеметсіз бе! Сенбіге не алып келу керек? Құрал-сайман бересіздер ме?",
      minutesAgo: 52 * 60,
    },
    {
      fromTeam: true,
      body: "Сәлеметсіз бе! Жұмыс қолғаптарын ала келіңіз, күрек пен қапты штаб береді. Кездесу 10:00-де, мекенжайы: https://2gis.kz/astana",
      minutesAgo: 50 * 60,
    },
    { fromTeam: false, body: "Рақмет, келемін!", minutesAgo: 49 * 60 },
  ],
  [
    {
      fromTeam: true,
      body: "Добрый день! В эту субботу едем к ветерану на Сарыарке: расчистка снега во дворе, 4 человека.",
      minutesAgo: 26 * 60,
    },
    {
      fromTeam: false,
      body: "Здравствуйте! Можно я приду с другом? Он тоже зарегистрирован на Asar.",
      minutesAgo: 25 * 60,
    },
    { fromTeam: true, body: "Конечно, пусть подаст заявку на ту же роль — примем.", minutesAgo: 24 * 60 },
  ],
  [
    {
      fromTeam: false,
      body: "Hello! I only speak a little Russian — is that fine for the visits?",
      minutesAgo: 3 * 60,
    },
    {
      fromTeam: true,
      body: "Of course. Every group has a coordinator who speaks Kazakh, Russian and English.",
      minutesAgo: 2 * 60,
    },
    // Still unread by the team: the header's badge and the team inbox show it.
    { fromTeam: false, body: "Great, thank you! Where do we meet on Saturday?", minutesAgo: 40 },
  ],
];

export const DEMO_SAVED_REPLIES = [
  {
    title: "Сбор в субботу",
    body: "Сбор в субботу в 10:00 у штаба «Астана Жастары» (пр. Кабанбай батыра, 10). Возьмите рабочие перчатки; инвентарь даёт штаб.",
  },
  {
    title: "Сенбідегі жиын",
    body: "Сенбі күні сағат 10:00-де «Астана Жастары» штабында жиналамыз. Жұмыс қолғаптарын ала келіңіз, құрал-сайманды штаб береді.",
  },
];

/** Writes the conversations (once: nothing when the project has any) and the saved replies. */
export async function seedDemoMessages(db: Db, input: DemoMessagesInput): Promise<number> {
  const { projectId, organizerId, ownerId, now } = input;
  if ((await db.conversation.count({ where: { application: { projectId } } })) > 0) return 0;
  const applications = await db.application.findMany({
    where: { projectId, status: { in: ["ACCEPTED", "SUBMITTED"] }, volunteer: { deletedAt: null } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    take: THREADS.length,
    select: { id: true, volunteerId: true },
  });
  const members = await db.organizerMember.findMany({ where: { organizerId }, select: { userId: true } });
  let written = 0;
  for (const [i, application] of applications.entries()) {
    const lines = THREADS[i]!;
    const at = (l: Line) => new Date(now.getTime() - l.minutesAgo * MINUTE);
    const last = at(lines.at(-1)!);
    const conversationId = newId();
    await db.conversation.create({
      data: { id: conversationId, applicationId: application.id, createdAt: at(lines[0]!), lastMessageAt: last },
    });
    await db.message.createMany({
      data: lines.map((l) => ({
        conversationId,
        senderId: l.fromTeam ? ownerId : application.volunteerId,
        fromOrganizer: l.fromTeam,
        body: l.body,
        createdAt: at(l),
      })),
    });
    // The volunteer and the team read everything, except the newest question of the last thread,
    // which waits for the team (who were emailed about it 15 minutes after it came).
    const waiting = i === THREADS.length - 1 ? lines.at(-1)! : null;
    await db.conversationRead.createMany({
      data: [
        { conversationId, userId: application.volunteerId, lastReadAt: last },
        ...members.map((m) => ({
          conversationId,
          userId: m.userId,
          lastReadAt: waiting ? at(lines.at(-2)!) : last,
          lastEmailedAt: waiting ? new Date(at(waiting).getTime() + 15 * MINUTE) : null,
        })),
      ],
      skipDuplicates: true,
    });
    written++;
  }
  if ((await db.savedReply.count({ where: { organizerId } })) === 0)
    await db.savedReply.createMany({
      data: DEMO_SAVED_REPLIES.map((r, i) => ({
        organizerId,
        ...r,
        createdById: ownerId,
        createdAt: new Date(now.getTime() - (30 - i) * 24 * HOUR),
      })),
    });
  return written;
}
