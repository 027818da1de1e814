// The flood's emergency call-out (issue 11): when the water rose, Atyrau's front office called up
// the volunteers who had opted in to the region's call-outs, for the sandbagging project that
// «Ынтымақ Атырау» coordinated. Built on what the demo already holds (demo-flood.ts): the dams
// project becomes the call-out's backing project (its one role first-come, as creation makes
// it), the volunteers who took part answered "coming" when they applied, other adults of the
// region were called too and answered "can't" or nothing; staff sent an update and closed it when
// the project ended. Rows are written as src/modules/call-outs writes them: recipients,
// notifications already emailed, an update, the audit entries.
import type { Db } from "../../src/server/prisma-client";
import { ADULT_AGE, ageOn } from "../../src/domain/age";
import { DAY, HOUR } from "./demo-clock";
import { newId } from "./demo-activity";

export type FloodCallOutInput = {
  staffId: string;
  projectId: string;
};

/** Returns the call-out's id; writes nothing if the project already backs one. */
export async function seedFloodCallOut(db: Db, input: FloodCallOutInput): Promise<string | null> {
  if (await db.callOut.findUnique({ where: { projectId: input.projectId }, select: { id: true } })) return null;
  const project = await db.project.findUniqueOrThrow({
    where: { id: input.projectId },
    select: {
      title: true,
      startsAt: true,
      endsAt: true,
      publishedAt: true,
      roles: { orderBy: { position: "asc" }, take: 1, select: { id: true, capacity: true, minAge: true } },
      applications: { select: { volunteerId: true, createdAt: true } },
    },
  });
  const role = project.roles[0]!;
  const createdAt = project.publishedAt ?? project.startsAt;
  const closedAt = new Date(project.endsAt.getTime() + DAY);
  const answerBy = new Date(project.startsAt.getTime() - 6 * HOUR);
  const settlements = ["Махамбет", "Алмалы", "Сарайшық"];
  const id = newId();

  // Everyone called had opted in to Atyrau's call-outs: those who came and other adults of the region.
  const coming = new Map(project.applications.map((a) => [a.volunteerId, a.createdAt]));
  const regionAdults = await db.volunteerProfile.findMany({
    where: { regionCode: "ATYRAU", userId: { notIn: [...coming.keys()] } },
    select: { userId: true, birthDate: true },
    orderBy: { userId: "asc" },
  });
  const others = regionAdults.filter((v) => ageOn(v.birthDate, project.startsAt) >= ADULT_AGE).map((v) => v.userId);
  const called = [...coming.keys(), ...others];
  await db.volunteerProfile.updateMany({
    where: { userId: { in: called }, NOT: { callOutRegions: { has: "ATYRAU" } } },
    data: { callOutRegions: { push: "ATYRAU" } },
  });

  const data = {
    callOutId: id,
    title: project.title,
    regionCodes: ["ATYRAU"],
    settlements,
    startsAt: project.startsAt.toISOString(),
    endsAt: project.endsAt.toISOString(),
    answerBy: answerBy.toISOString(),
  };
  const notifiedAt = new Date(createdAt.getTime() + 40_000);
  await db.$transaction(async (tx) => {
    await tx.projectRole.update({ where: { id: role.id }, data: { mode: "FIRST_COME" } });
    await tx.callOut.create({
      data: {
        id,
        projectId: input.projectId,
        roleId: role.id,
        createdById: input.staffId,
        title: project.title,
        description:
          "Вода в Жайыке поднимается. Нужны совершеннолетние волонтеры на дамбы Махамбетского района: наполнять и укладывать мешки с песком под руководством спасателей ДЧС. Транспорт из Атырау, сапоги, перчатки и питание дает штаб.",
        direction: "EMERGENCY",
        regions: ["ATYRAU"],
        settlements,
        startsAt: project.startsAt,
        endsAt: project.endsAt,
        peopleNeeded: role.capacity,
        minAge: Math.max(role.minAge, ADULT_AGE),
        skills: [],
        answerBy,
        status: "CLOSED",
        closedAt,
        closedById: input.staffId,
        fanOutStartedAt: createdAt,
        fanOutDoneAt: notifiedAt,
        recipientCount: called.length,
        createdAt,
      },
    });
    await tx.callOutRecipient.createMany({
      data: called.map((userId, i) => {
        const came = coming.get(userId);
        // Of the others, every third said "can't" within the day; the rest never answered.
        const cant = !came && i % 3 === 0;
        const answeredAt = came ?? (cant ? new Date(createdAt.getTime() + (2 + (i % 10)) * HOUR) : null);
        return {
          callOutId: id,
          userId,
          createdAt,
          notifiedAt,
          openedAt: answeredAt ?? (i % 2 === 0 ? new Date(notifiedAt.getTime() + 3 * HOUR) : null),
          answer: came ? ("COMING" as const) : cant ? ("CANT" as const) : null,
          answeredAt,
        };
      }),
    });
    await tx.notification.createMany({
      data: called.map((userId) => ({
        userId,
        type: "CALL_OUT" as const,
        data,
        emailStatus: "SENT" as const,
        emailedAt: notifiedAt,
        readAt: closedAt,
        createdAt: notifiedAt,
      })),
    });
    const updateAt = new Date(project.startsAt.getTime() + 2 * DAY);
    const body =
      "Сбор каждое утро в 07:30 у акимата Махамбета, автобус из Атырау в 06:30 от ЖД вокзала. Возьмите паспорт.";
    const update = await tx.callOutUpdate.create({
      data: { callOutId: id, authorId: input.staffId, body, createdAt: updateAt },
    });
    await tx.notification.createMany({
      data: [...coming.keys()].flatMap((userId) => [
        {
          userId,
          type: "CALL_OUT_UPDATE" as const,
          data: { callOutId: id, callOutTitle: project.title, updateId: update.id, body },
          emailStatus: "SENT" as const,
          emailedAt: updateAt,
          readAt: closedAt,
          createdAt: updateAt,
        },
        {
          userId,
          type: "CALL_OUT_CLOSED" as const,
          data: { callOutId: id, callOutTitle: project.title },
          emailStatus: "SENT" as const,
          emailedAt: closedAt,
          createdAt: closedAt,
        },
      ]),
    });
    const entry = { actorId: input.staffId, entityType: "CallOut", entityId: id, regionCode: "ATYRAU" as const };
    await tx.auditLog.createMany({
      data: [
        { ...entry, action: "callOut.create", data: { projectId: input.projectId, regions: ["ATYRAU"] }, createdAt },
        { ...entry, action: "callOut.update", data: { updateId: update.id, told: coming.size }, createdAt: updateAt },
        { ...entry, action: "callOut.close", data: { told: coming.size, waitlistClosed: 0 }, createdAt: closedAt },
      ],
    });
  });
  return id;
}
