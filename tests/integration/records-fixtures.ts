import { db } from "./helpers";
import type { HoursStatus } from "../../src/generated/prisma/enums";

// Shared by the records and account-deletion tests. Hours rows are written directly, as the hours
// capability would leave them: a CONFIRMED entry has its confirmation time.

export const KAZAKH_LETTERS = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"] as const;

export async function hours(
  volunteerId: string,
  projectId: string,
  workedOn: string,
  amount: string,
  status: HoursStatus = "CONFIRMED",
  extra: { note?: string; supersedesId?: string; applicationId?: string } = {},
) {
  return db().hoursEntry.create({
    data: {
      volunteerId,
      projectId,
      workedOn: new Date(`${workedOn}T00:00:00Z`),
      hours: amount,
      source: "ORGANIZER",
      status,
      confirmedAt: status === "CONFIRMED" || status === "SUPERSEDED" ? new Date() : null,
      note: extra.note ?? null,
      supersedesId: extra.supersedesId ?? null,
      applicationId: extra.applicationId ?? null,
    },
    select: { id: true },
  });
}

/** An accepted application, written directly (the applications capability is tested elsewhere). */
export async function accepted(
  volunteerId: string,
  projectId: string,
  roleId: string,
  motivation = "Көмектескім келеді",
) {
  return db().application.create({
    data: { volunteerId, projectId, roleId, status: "ACCEPTED", motivation, decidedAt: new Date() },
    select: { id: true },
  });
}

/** Text of a PDF as pdf-parse extracts it, with runs of whitespace made single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return result.text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}
