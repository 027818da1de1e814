import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { isoDate } from "@/domain/time";
import { myTestimonialsData } from "@/modules/testimonials/personal-data";
import { messagesWrittenBy } from "@/modules/messages/queries";

// "Download my data": everything the platform keeps about the signed-in person, as JSON. Every
// query is scoped to the viewer's own id. Other people appear only as roles ("organizer",
// "platform"), never by name or contact: a decider's or confirmer's identity is theirs, not ours
// to hand out. The password hash, session internals and security counters are not data about the
// person's life and stay out, except the sign-in attempts recorded under their email.

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | null | undefined) => (d ? isoDate(d) : null);

/** Notification data as stored, minus names of other people (an organizer's "new application from …"). */
function ownData(data: unknown): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const { volunteerName: _other, ...rest } = data as Record<string, unknown>;
  return rest;
}

export async function exportMyData(db: Db, viewer: Viewer) {
  const id = viewer.id;
  const [
    user,
    certificates,
    applications,
    hours,
    notifications,
    documents,
    memberships,
    staff,
    audit,
    logins,
    said,
    messages,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        email: true,
        name: true,
        locale: true,
        isAdmin: true,
        createdAt: true,
        updatedAt: true,
        volunteer: {
          select: {
            birthDate: true,
            gender: true,
            regionCode: true,
            settlement: true,
            phone: true,
            languages: true,
            skills: true,
            interests: true,
            compositions: true,
            employment: true,
            availability: true,
            weeklyAvailability: true,
            travelRange: true,
            callOutRegions: true,
            findable: true,
            about: true,
            guardianName: true,
            guardianContact: true,
            guardianConsentAt: true,
            createdAt: true,
            updatedAt: true,
          },
        },
      },
    }),
    db.volunteerCertificate.findMany({
      where: { userId: id },
      orderBy: { issuedOn: "asc" },
      select: {
        issuedBy: true,
        issuedOn: true,
        expiresOn: true,
        createdAt: true,
        training: { select: { code: true, nameKk: true, nameRu: true, nameEn: true } },
      },
    }),
    db.application.findMany({
      where: { volunteerId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        motivation: true,
        attendance: true,
        waitlistedAt: true,
        decidedAt: true,
        createdAt: true,
        updatedAt: true,
        role: { select: { title: true } },
        project: { select: { id: true, title: true, organizer: { select: { name: true } } } },
        events: {
          orderBy: { id: "asc" },
          select: { fromStatus: true, toStatus: true, actorId: true, note: true, createdAt: true },
        },
      },
    }),
    db.hoursEntry.findMany({
      where: { volunteerId: id },
      orderBy: [{ workedOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        projectId: true,
        project: { select: { title: true } },
        workedOn: true,
        hours: true,
        source: true,
        status: true,
        note: true,
        disputeComment: true,
        confirmedAt: true,
        supersedesId: true,
        createdAt: true,
      },
    }),
    db.notification.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: { type: true, data: true, readAt: true, emailStatus: true, emailedAt: true, createdAt: true },
    }),
    db.issuedDocument.findMany({
      where: { volunteerId: id },
      orderBy: { issuedAt: "asc" },
      select: {
        code: true,
        kind: true,
        projectId: true,
        locale: true,
        payload: true,
        payloadHash: true,
        issuedAt: true,
        revokedAt: true,
      },
    }),
    db.organizerMember.findMany({
      where: { userId: id },
      select: { role: true, createdAt: true, organizer: { select: { name: true, slug: true } } },
    }),
    db.staffAssignment.findMany({ where: { userId: id }, select: { regionCode: true, createdAt: true } }),
    db.auditLog.findMany({
      where: { actorId: id },
      orderBy: { id: "asc" },
      take: 10_000,
      select: { action: true, entityType: true, entityId: true, createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { email: viewer.email },
      orderBy: { id: "asc" },
      select: { ip: true, success: true, createdAt: true },
    }),
    myTestimonialsData(db, id),
    messagesWrittenBy(db, id),
  ]);

  const by = (actorId: string | null) => (actorId === null ? "platform" : actorId === id ? "you" : "organizer");
  const v = user.volunteer;
  return {
    format: "asar-personal-data/1",
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      isAdmin: user.isAdmin,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    },
    volunteerProfile: v
      ? {
          ...v,
          birthDate: day(v.birthDate),
          guardianConsentAt: iso(v.guardianConsentAt),
          createdAt: iso(v.createdAt),
          updatedAt: iso(v.updatedAt),
        }
      : null,
    certificates: certificates.map((c) => ({
      training: {
        code: c.training.code,
        name: { kk: c.training.nameKk, ru: c.training.nameRu, en: c.training.nameEn },
      },
      issuedBy: c.issuedBy,
      issuedOn: day(c.issuedOn),
      expiresOn: day(c.expiresOn),
      addedAt: iso(c.createdAt),
    })),
    applications: applications.map((a) => ({
      id: a.id,
      project: { id: a.project.id, title: a.project.title, organizer: a.project.organizer.name },
      role: a.role.title,
      status: a.status,
      motivation: a.motivation,
      attendance: a.attendance,
      waitlistedAt: iso(a.waitlistedAt),
      decidedAt: iso(a.decidedAt),
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
      history: a.events.map((e) => ({
        from: e.fromStatus,
        to: e.toStatus,
        by: by(e.actorId),
        note: e.note,
        at: iso(e.createdAt),
      })),
    })),
    hours: hours.map((h) => ({
      id: h.id,
      project: { id: h.projectId, title: h.project.title },
      workedOn: day(h.workedOn),
      hours: h.hours.toFixed(2),
      source: h.source,
      status: h.status,
      note: h.note,
      disputeComment: h.disputeComment,
      confirmedAt: iso(h.confirmedAt),
      correctionOf: h.supersedesId,
      createdAt: iso(h.createdAt),
    })),
    notifications: notifications.map((n) => ({
      type: n.type,
      data: ownData(n.data),
      readAt: iso(n.readAt),
      email: n.emailStatus,
      emailedAt: iso(n.emailedAt),
      createdAt: iso(n.createdAt),
    })),
    issuedDocuments: documents.map((d) => ({ ...d, issuedAt: iso(d.issuedAt), revokedAt: iso(d.revokedAt) })),
    organizerMemberships: memberships.map((m) => ({
      organizer: m.organizer.name,
      slug: m.organizer.slug,
      role: m.role,
      since: iso(m.createdAt),
    })),
    regionalStaff: staff.map((s) => ({ regionCode: s.regionCode, since: iso(s.createdAt) })),
    actionsLog: audit.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    signInAttempts: logins.map((l) => ({ ...l, createdAt: iso(l.createdAt) })),
    messages,
    ...said,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportMyData>>;
