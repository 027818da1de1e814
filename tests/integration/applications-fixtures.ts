import { db, viewerOf } from "./helpers";
import {
  addMember,
  createOrganizer,
  createProject,
  createUser,
  createVolunteer,
  type ProjectSeed,
} from "../../prisma/seed/factories";
import { applySchema } from "../../src/modules/applications/schema";

// Shared by the applications test files. Accounts skip argon2 (a fixed hash): hundreds of
// volunteers are created per test and nobody signs in.
export const NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$x$x";

const DAY = 86_400_000;

/** A birth date that makes someone exactly `years` old (plus a few days) today. */
export function bornYearsAgo(years: number, extraDays = 10): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() - extraDays));
}

export async function volunteer(opts: { age?: number; guardian?: boolean; name?: string } = {}) {
  const user = await createVolunteer(db(), {
    passwordHash: NO_PASSWORD,
    name: opts.name ?? "Айгерім Сейітова",
    birthDate: bornYearsAgo(opts.age ?? 25),
    guardian: opts.guardian ? { name: "Гүлнар Сейітова", contact: "+7 701 000 00 00" } : null,
  });
  return viewerOf(user.id);
}

export async function organizer() {
  const org = await createOrganizer(db(), { regionCode: "ASTANA", verified: true, ownerPasswordHash: NO_PASSWORD });
  const coordinator = await createUser(db(), { passwordHash: NO_PASSWORD, name: "Coordinator" });
  await addMember(db(), org.id, coordinator.id);
  return { org, owner: await viewerOf(org.ownerId), coordinator: await viewerOf(coordinator.id) };
}

export async function project(
  organizerId: string,
  opts: Partial<Omit<ProjectSeed, "roles">> & {
    role?: Partial<ProjectSeed["roles"][number]>;
    hazardous?: boolean;
    requiredTraining?: string;
  } = {},
) {
  const { role, hazardous, requiredTraining, ...rest } = opts;
  const created = await createProject(db(), {
    organizerId,
    title: "Есіл жағалауын тазалау",
    description: "Субботник на набережной",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "ASTANA",
    contactName: "Айгерім",
    startsAt: new Date(Date.now() + 30 * DAY),
    endsAt: new Date(Date.now() + 31 * DAY),
    status: "PUBLISHED",
    ...rest,
    roles: [{ title: "Волонтер на уборке", capacity: 10, mode: "REVIEW", ...role }],
  });
  if (hazardous) await db().project.update({ where: { id: created.id }, data: { hazardous: true } });
  const roleId = created.roles[0]!.id;
  if (requiredTraining) {
    const training = await db().training.findUniqueOrThrow({ where: { code: requiredTraining } });
    await db().projectRole.update({ where: { id: roleId }, data: { requiredTrainingId: training.id } });
  }
  return { projectId: created.id, roleId };
}

export const applyInput = (roleId: string, motivation = "Хочу помочь") => applySchema.parse({ roleId, motivation });
