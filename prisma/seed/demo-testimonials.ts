// A few testimonials on Astana Jastary's past projects (issue 12): written by volunteers the
// organizer marked present, one answered by the organizer. The snow-clearing project gets four, so
// its page shows the average; another gets two, which shows the texts without one. The showcase
// volunteer writes none: signed in as her, the form is there to try.
import type { Db } from "../../src/server/prisma-client";
import { DAY } from "./demo-clock";

type Said = { rating: number; body: string; reply?: string };

const PLANS: { titleStartsWith: string; said: Said[] }[] = [
  {
    titleStartsWith: "«Адреса заботы»: зимний десант",
    said: [
      {
        rating: 5,
        body: "Чистили снег у ветерана в Байконыре — он вышел к нам с чаем и рассказал про Целиноград. Группа дружная, координатор всё объяснил. Приду и этой зимой.",
        reply: "Спасибо, что были с нами! Зимний сезон начнётся в декабре — ждём вас снова.",
      },
      {
        rating: 4,
        body: "Хорошо организовано: лопаты и перчатки выдали, адреса заранее. Было бы удобнее, если бы сбор был ближе к остановке.",
      },
      {
        rating: 5,
        body: "Жақсы ұйымдастырылған. Қарттарға көмектесу — үлкен қуаныш. Келесі жылы да қатысамын!",
      },
      { rating: 4, body: "Тяжело, но очень нужно. Бабушка со двора каждый раз провожала нас до калитки." },
    ],
  },
  {
    titleStartsWith: "Наурыз мейрамы",
    said: [
      { rating: 5, body: "Наурыз мерекесінде қонақтарды қарсы алдық — көңілді әрі пайдалы болды." },
      { rating: 3, body: "Интересно, но на площадке не хватало воды для волонтёров." },
    ],
  },
];

export async function seedDemoTestimonials(
  db: Db,
  opts: { organizerId: string; ownerId: string; exceptVolunteerIds: string[]; now: Date },
) {
  let written = 0;
  for (const plan of PLANS) {
    const project = await db.project.findFirst({
      where: { organizerId: opts.organizerId, title: { startsWith: plan.titleStartsWith }, endsAt: { lt: opts.now } },
      orderBy: { startsAt: "desc" },
      select: { id: true, endsAt: true },
    });
    if (!project) continue;
    const applications = await db.application.findMany({
      where: {
        projectId: project.id,
        status: "ACCEPTED",
        attendance: "ATTENDED",
        volunteerId: { notIn: opts.exceptVolunteerIds },
      },
      orderBy: { id: "asc" },
      take: plan.said.length,
      select: { id: true, volunteerId: true },
    });
    for (const [i, a] of applications.entries()) {
      const s = plan.said[i]!;
      const createdAt = new Date(project.endsAt.getTime() + (i + 1) * DAY);
      await db.testimonial.create({
        data: {
          projectId: project.id,
          applicationId: a.id,
          authorId: a.volunteerId,
          rating: s.rating,
          body: s.body,
          createdAt,
          ...(s.reply
            ? { reply: s.reply, repliedAt: new Date(createdAt.getTime() + DAY), repliedById: opts.ownerId }
            : {}),
        },
      });
      written++;
    }
  }
  return written;
}
