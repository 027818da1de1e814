import "server-only";
import { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "./viewer";
import { certificateSchema } from "./schema";
import { dateValue } from "@/domain/time";

/** The trainings and certificates a volunteer holds (declared by the volunteer). */
export async function listCertificates(db: Db, viewer: Viewer) {
  return db.volunteerCertificate.findMany({
    where: { userId: viewer.id },
    orderBy: { issuedOn: "desc" },
    select: { id: true, issuedBy: true, issuedOn: true, expiresOn: true, training: { select: { code: true } } },
  });
}

export async function addCertificate(db: Db, viewer: Viewer, input: z.output<typeof certificateSchema>) {
  if (!viewer.volunteer) throw new AppError("FORBIDDEN");
  const training = await db.training.findUnique({ where: { code: input.training }, select: { id: true } });
  if (!training) throw new AppError("NOT_FOUND", "training");
  const data = {
    issuedBy: input.issuedBy ?? null,
    issuedOn: dateValue(input.issuedOn),
    expiresOn: input.expiresOn ? dateValue(input.expiresOn) : null,
  };
  await db.$transaction(async (tx) => {
    await tx.volunteerCertificate.upsert({
      where: { userId_trainingId: { userId: viewer.id, trainingId: training.id } },
      create: { userId: viewer.id, trainingId: training.id, ...data },
      update: data,
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "volunteer.certificate_add",
      entityType: "User",
      entityId: viewer.id,
      data: { training: input.training },
    });
  });
}

export async function removeCertificate(db: Db, viewer: Viewer, certificateId: string) {
  // Scoped to the viewer in the where clause: someone else's certificate is simply not found.
  const { count } = await db.volunteerCertificate.deleteMany({ where: { id: certificateId, userId: viewer.id } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
