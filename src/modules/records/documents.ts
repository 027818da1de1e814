import "server-only";
import type { DocumentKind, Locale } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "@/modules/accounts/viewer";
import { summarizeConfirmedHours } from "@/modules/hours/queries";
import { hoursText, recordProjects, type RecordProject } from "./queries";
import { payloadHash } from "./canonical";
import { newVerificationCode } from "./code";
import type { CertifiedProject, DocumentPayload, ProjectCertificatePayload, VolunteerRecordPayload } from "./payload";

function certified(p: RecordProject): CertifiedProject {
  return {
    title: p.title,
    organizer: p.organizer.name,
    organizerForm: p.organizer.form,
    region: p.regionCode,
    settlement: p.isOnline ? null : p.settlement,
    online: p.isOnline,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    directions: p.directions,
    socialSubtype: p.socialSubtype,
    sdgs: p.sdgs.map((s) => ({ goal: s.sdg, impact: s.impact })),
    roles: p.roles,
    hours: hoursText(p.centi),
    workedFrom: p.firstWorkedOn,
    workedTo: p.lastWorkedOn,
  };
}

/**
 * What a certificate for one project would certify today, or null when the viewer has no
 * confirmed hours on it — which is also the answer for someone else's project, or one that
 * does not exist: the query only ever reads the viewer's own hours.
 */
export async function projectCertificatePayload(
  db: Db,
  viewer: Viewer,
  projectId: string,
): Promise<ProjectCertificatePayload | null> {
  const summary = await summarizeConfirmedHours(db, viewer, projectId);
  const [project] = await recordProjects(db, viewer, summary.projects);
  if (!project) return null;
  return { format: 1, kind: "PROJECT_CERTIFICATE", volunteer: { name: viewer.name }, project: certified(project) };
}

/** What the whole record would certify today; null while there is no confirmed hour. */
export async function volunteerRecordPayload(db: Db, viewer: Viewer): Promise<VolunteerRecordPayload | null> {
  const summary = await summarizeConfirmedHours(db, viewer);
  if (summary.projects.length === 0) return null;
  const projects = await recordProjects(db, viewer, summary.projects);
  return {
    format: 1,
    kind: "VOLUNTEER_RECORD",
    volunteer: { name: viewer.name },
    totalHours: hoursText(summary.totalCenti),
    workedFrom: projects.reduce(
      (min, p) => (p.firstWorkedOn < min ? p.firstWorkedOn : min),
      projects[0]!.firstWorkedOn,
    ),
    workedTo: projects.reduce((max, p) => (p.lastWorkedOn > max ? p.lastWorkedOn : max), projects[0]!.lastWorkedOn),
    years: summary.years.map((y) => ({ year: y.year, hours: hoursText(y.centi) })),
    projects: projects.map(certified),
  };
}

export type IssuedDocumentView = {
  id: string;
  code: string;
  kind: DocumentKind;
  locale: Locale;
  issuedAt: Date;
  payload: DocumentPayload;
  reused: boolean;
};

/**
 * Records a document as issued. Downloading the same unchanged content again (same kind,
 * project, language and payload hash, not revoked) returns the document already issued, so
 * its code stays the same and rows do not pile up; any change — more hours, a new name — is a
 * new document with a new code, and the earlier one stays genuine for what it said then.
 */
async function issue(
  db: Db,
  viewer: Viewer,
  kind: DocumentKind,
  projectId: string | null,
  locale: Locale,
  payload: DocumentPayload,
): Promise<IssuedDocumentView> {
  const hash = payloadHash(payload);
  const select = { id: true, code: true, kind: true, locale: true, issuedAt: true } as const;
  const existing = await db.issuedDocument.findFirst({
    where: { volunteerId: viewer.id, kind, projectId, locale, payloadHash: hash, revokedAt: null },
    orderBy: { issuedAt: "desc" },
    select,
  });
  if (existing) return { ...existing, payload, reused: true };
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        const doc = await tx.issuedDocument.create({
          data: {
            code: newVerificationCode(),
            kind,
            volunteerId: viewer.id,
            projectId,
            locale,
            payload,
            payloadHash: hash,
          },
          select,
        });
        await audit(tx, {
          actorId: viewer.id,
          action: "document.issue",
          entityType: "IssuedDocument",
          entityId: doc.id,
          data: { kind, projectId },
        });
        return doc;
      });
      return { ...created, payload, reused: false };
    } catch (e) {
      // A code collision is a 1-in-10^18 event; draw again rather than fail the download.
      if (attempt < 3 && isUniqueViolation(e, "code")) continue;
      throw e;
    }
  }
}

export async function issueProjectCertificate(
  db: Db,
  viewer: Viewer,
  projectId: string,
  locale: Locale,
): Promise<IssuedDocumentView> {
  const payload = await projectCertificatePayload(db, viewer, projectId);
  if (!payload) throw new AppError("records.errors.NO_CONFIRMED_HOURS");
  return issue(db, viewer, "PROJECT_CERTIFICATE", projectId, locale, payload);
}

export async function issueVolunteerRecord(db: Db, viewer: Viewer, locale: Locale): Promise<IssuedDocumentView> {
  const payload = await volunteerRecordPayload(db, viewer);
  if (!payload) throw new AppError("records.errors.NO_CONFIRMED_HOURS");
  return issue(db, viewer, "VOLUNTEER_RECORD", null, locale, payload);
}
