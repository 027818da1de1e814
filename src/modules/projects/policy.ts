import type { ProjectStatus } from "@/generated/prisma/enums";

// Who manages a project (members of its organizer, and admins) is decided by
// managedProjectWhere in src/modules/organizers/scope.ts; these are the project's own rules.

/** What the public sees; drafts and decisions stay with the organizer and the moderators. */
export function isPublicStatus(status: ProjectStatus): boolean {
  return status === "PUBLISHED" || status === "COMPLETED" || status === "CANCELLED";
}

export const EDITABLE_STATUSES: readonly ProjectStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "PUBLISHED",
  "REJECTED",
];

export type ModeratedRole = {
  id?: string | null;
  title: string;
  description: string;
  minAge: number;
  requiredTrainingId: string | null;
} & Record<string, unknown>;
export type ModeratedProject = Record<string, unknown> & {
  sdgs: readonly { sdg: number; impact: string }[];
  roles: readonly ModeratedRole[];
};

/**
 * What an edit of a published project may change without a moderator seeing it again: when it
 * happens, how many places a role has, the order of roles, removing a role, and stricter rules
 * (a higher minimum age, a training newly required). Everything else a volunteer reads or relies
 * on goes back: the text, the region and place, the contacts, the classification, a role's title,
 * description and skills, a new role, a lower minimum age. Fail closed: a column added later is
 * moderated until it is listed here.
 */
const UNMODERATED_PROJECT_FIELDS = new Set(["startsAt", "endsAt", "sdgs", "roles"]);
const UNMODERATED_ROLE_FIELDS = new Set(["id", "capacity", "position", "minAge", "requiredTrainingId"]);

const comparable = (v: unknown): string => {
  if (v instanceof Date) return String(v.getTime());
  if (Array.isArray(v)) return JSON.stringify(v.map(comparable).sort());
  return JSON.stringify(v ?? null);
};
const differs = (a: unknown, b: unknown) => comparable(a) !== comparable(b);

/** The changes of an edit that a moderator must see (empty: none), e.g. ["regionCode", "roles.minAge"]. */
export function moderatedChanges(before: ModeratedProject, after: ModeratedProject): string[] {
  const changed = new Set<string>();
  for (const key of Object.keys(after)) {
    if (!UNMODERATED_PROJECT_FIELDS.has(key) && differs(before[key], after[key])) changed.add(key);
  }
  if (
    differs(
      before.sdgs.map((s) => `${s.sdg}:${s.impact}`),
      after.sdgs.map((s) => `${s.sdg}:${s.impact}`),
    )
  )
    changed.add("sdgs");
  for (const role of after.roles) {
    const old = role.id ? before.roles.find((r) => r.id === role.id) : undefined;
    if (!old) {
      changed.add("roles.added");
      continue;
    }
    for (const key of Object.keys(role)) {
      if (!UNMODERATED_ROLE_FIELDS.has(key) && differs(old[key], role[key])) changed.add(`roles.${key}`);
    }
    // Lowering the age limit lets children in: always a moderator's call. Raising it is not.
    if (role.minAge < old.minAge) changed.add("roles.minAge");
    if (old.requiredTrainingId !== null && role.requiredTrainingId !== old.requiredTrainingId)
      changed.add("roles.requiredTraining");
  }
  return [...changed];
}
