// Pure: a project taken apart into a template's data, and that data put back together at a new
// start date with every role's slots generated again (src/domain/slot-pattern.ts).
import type { ApplicationMode, Prisma } from "@/generated/prisma/client";
import { addDays, dateValue, utcToZoned, zonedToUtc } from "@/domain/time";
import { generateSlots, shiftPattern, slotPatternSchema, type GeneratedSlot } from "@/domain/slot-pattern";
import type { RelativePattern, TemplateData } from "./schema";

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((dateValue(to).getTime() - dateValue(from).getTime()) / DAY);

/** What a copy reads of a project: everything snapshotOf takes apart (its SourceProject). */
export const SOURCE_SELECT = {
  title: true,
  description: true,
  language: true,
  compositions: true,
  primaryDirection: true,
  secondaryDirection: true,
  socialSubtype: true,
  scope: true,
  duration: true,
  birgemiz: true,
  hazardous: true,
  regionCode: true,
  settlement: true,
  isOnline: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  startsAt: true,
  endsAt: true,
  sdgs: { orderBy: { sdg: "asc" }, select: { sdg: true, impact: true } },
  roles: {
    orderBy: { position: "asc" },
    select: {
      title: true,
      description: true,
      capacity: true,
      minAge: true,
      skills: true,
      mode: true,
      requiredTraining: { select: { code: true } },
      slotPattern: true,
    },
  },
} satisfies Prisma.ProjectSelect;

/** The project as read for a copy (SOURCE_SELECT). */
export type SourceProject = Omit<TemplateData["project"], "startTime" | "endTime" | "lengthDays"> & {
  startsAt: Date;
  endsAt: Date;
  sdgs: TemplateData["sdgs"];
  roles: {
    title: string;
    description: string;
    capacity: number;
    minAge: number;
    skills: string[];
    mode: ApplicationMode;
    requiredTraining: { code: string } | null;
    slotPattern: Prisma.JsonValue | null;
  }[];
};

/** A stored pattern made relative to the project's start date; a pattern that does not parse is left out. */
function relative(pattern: Prisma.JsonValue | null, projectStart: string): RelativePattern | null {
  const parsed = slotPatternSchema.safeParse(pattern);
  if (!parsed.success) return null;
  const { from, ...rest } = parsed.data;
  return { ...rest, offsetDays: Math.max(0, daysBetween(projectStart, from)) };
}

export function snapshotOf(project: SourceProject): TemplateData {
  const start = utcToZoned(project.startsAt);
  const end = utcToZoned(project.endsAt);
  const { startsAt: _s, endsAt: _e, sdgs, roles, ...texts } = project;
  return {
    version: 1,
    project: {
      ...texts,
      startTime: start.time,
      endTime: end.time,
      lengthDays: Math.max(0, daysBetween(start.date, end.date)),
    },
    sdgs: sdgs.map((s) => ({ sdg: s.sdg, impact: s.impact })),
    roles: roles.map((r) => ({
      title: r.title,
      description: r.description,
      capacity: r.capacity,
      minAge: r.minAge,
      skills: r.skills,
      requiredTraining: r.requiredTraining?.code ?? null,
      mode: r.mode,
      slotPattern: relative(r.slotPattern, start.date),
    })),
  };
}

export type Instance = {
  startsAt: Date;
  endsAt: Date;
  roles: (TemplateData["roles"][number] & {
    /** The pattern as ProjectRole.slotPattern stores it, from its new first day. */
    pattern: ReturnType<typeof shiftPattern> | null;
    slots: GeneratedSlot[];
  })[];
};

/** The data at a new start date ("YYYY-MM-DD", Kazakhstan): the dates and each role's slots. */
export function instantiate(data: TemplateData, startDate: string): Instance {
  const p = data.project;
  return {
    startsAt: zonedToUtc(startDate, p.startTime),
    endsAt: zonedToUtc(addDays(startDate, p.lengthDays), p.endTime),
    roles: data.roles.map((r) => {
      if (!r.slotPattern) return { ...r, pattern: null, slots: [] };
      const { offsetDays, ...rest } = r.slotPattern;
      const parsed = slotPatternSchema.safeParse({ ...rest, from: startDate });
      if (!parsed.success) return { ...r, pattern: null, slots: [] };
      const pattern = shiftPattern(parsed.data, addDays(startDate, offsetDays));
      return { ...r, pattern, slots: generateSlots(pattern) };
    }),
  };
}
