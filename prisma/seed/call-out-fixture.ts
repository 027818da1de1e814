// A call-out as co1's creation makes one (docs/decisions/0028-call-out-answers.md): a PUBLISHED
// project of a verified organizer with ONE first-come role (capacity = peopleNeeded, minAge,
// skills, required training), the CallOut row, and a CallOutRecipient (notified) for each
// volunteer called. Used by the answer tests and the e2e seed until they create call-outs through
// src/modules/call-outs' own creation — swap it for that then.
import type { Direction, RegionCode } from "../../src/generated/prisma/enums";
import type { Db } from "../../src/server/prisma-client";
import { createProject } from "./factories";

const HOUR = 3_600_000;

export type CallOutFixture = {
  /** A fixed id (the e2e seed's links); a cuid otherwise. */
  id?: string;
  organizerId: string;
  createdById?: string | null;
  title?: string;
  description?: string;
  direction?: Direction;
  regions?: RegionCode[];
  settlements?: string[];
  startsAt?: Date;
  endsAt?: Date;
  peopleNeeded: number;
  minAge?: number;
  skills?: string[];
  /** Training code (Training.code), e.g. "FIRST_AID". */
  requiredTraining?: string;
  answerBy?: Date;
  recipients: string[];
};

export async function createCallOutFixture(db: Db, f: CallOutFixture) {
  const regions = f.regions ?? ["ATYRAU"];
  const direction = f.direction ?? "EMERGENCY";
  const startsAt = f.startsAt ?? new Date(Date.now() + 12 * HOUR);
  const endsAt = f.endsAt ?? new Date(startsAt.getTime() + 8 * HOUR);
  const minAge = f.minAge ?? 18;
  const title = f.title ?? "Паводок в Кульсары: укрепление дамбы";
  const description = f.description ?? "Нужны люди для заполнения мешков песком и укрепления дамбы.";
  const project = await createProject(db, {
    organizerId: f.organizerId,
    title,
    description,
    primaryDirection: direction,
    regionCode: regions[0]!,
    settlement: f.settlements?.[0] ?? "Кульсары",
    startsAt,
    endsAt,
    status: "PUBLISHED",
    hazardous: direction === "EMERGENCY",
    contactName: "Штаб",
    contactPhone: "+7 701 555 00 11",
    roles: [{ title, capacity: f.peopleNeeded, minAge, skills: f.skills ?? [], mode: "FIRST_COME" }],
  });
  const roleId = project.roles[0]!.id;
  if (f.requiredTraining) {
    const training = await db.training.findUniqueOrThrow({ where: { code: f.requiredTraining } });
    await db.projectRole.update({ where: { id: roleId }, data: { requiredTrainingId: training.id } });
  }
  const callOut = await db.callOut.create({
    data: {
      ...(f.id ? { id: f.id } : {}),
      projectId: project.id,
      roleId,
      createdById: f.createdById ?? null,
      title,
      description,
      direction,
      regions,
      settlements: f.settlements ?? ["Кульсары"],
      startsAt,
      endsAt,
      peopleNeeded: f.peopleNeeded,
      minAge,
      skills: f.skills ?? [],
      answerBy: f.answerBy ?? new Date(startsAt.getTime() - HOUR),
      fanOutStartedAt: new Date(),
      fanOutDoneAt: new Date(),
      recipientCount: f.recipients.length,
    },
    select: { id: true },
  });
  const notifiedAt = new Date();
  await db.callOutRecipient.createMany({
    data: f.recipients.map((userId) => ({ callOutId: callOut.id, userId, notifiedAt })),
  });
  return { callOutId: callOut.id, projectId: project.id, roleId };
}
