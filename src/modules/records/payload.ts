import { z } from "zod";

// What a document certifies, exactly as stored in IssuedDocument.payload and fingerprinted by
// payloadHash (canonical.ts). Language-neutral: codes for regions, directions and impacts, so
// the verify page can show it in the reader's language; names and titles as they were entered.
// Hours are decimal strings ("12.50"), dates calendar dates ("2026-05-01") in Kazakhstan.
// Nothing here beyond what the document itself prints: no email, birth date or contacts.

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hours = z.string().regex(/^\d+\.\d{2}$/);
const sdg = z.object({ goal: z.number().int().min(1).max(17), impact: z.enum(["DIRECT", "INDIRECT"]) });

export const certifiedProjectSchema = z.object({
  title: z.string(),
  organizer: z.string(),
  organizerForm: z.string(),
  region: z.string(),
  settlement: z.string().nullable(),
  online: z.boolean(),
  startsOn: date,
  endsOn: date,
  directions: z.array(z.string()),
  socialSubtype: z.string().nullable(),
  sdgs: z.array(sdg),
  roles: z.array(z.string()),
  hours,
  workedFrom: date,
  workedTo: date,
});
export type CertifiedProject = z.infer<typeof certifiedProjectSchema>;

export const projectCertificatePayloadSchema = z.object({
  format: z.literal(1),
  kind: z.literal("PROJECT_CERTIFICATE"),
  volunteer: z.object({ name: z.string() }),
  project: certifiedProjectSchema,
});
export type ProjectCertificatePayload = z.infer<typeof projectCertificatePayloadSchema>;

export const volunteerRecordPayloadSchema = z.object({
  format: z.literal(1),
  kind: z.literal("VOLUNTEER_RECORD"),
  volunteer: z.object({ name: z.string() }),
  totalHours: hours,
  workedFrom: date,
  workedTo: date,
  years: z.array(z.object({ year: z.number().int(), hours })),
  projects: z.array(certifiedProjectSchema),
});
export type VolunteerRecordPayload = z.infer<typeof volunteerRecordPayloadSchema>;

export const documentPayloadSchema = z.discriminatedUnion("kind", [
  projectCertificatePayloadSchema,
  volunteerRecordPayloadSchema,
]);
export type DocumentPayload = z.infer<typeof documentPayloadSchema>;
