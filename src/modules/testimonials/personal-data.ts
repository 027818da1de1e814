import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";

// The testimonials' part of "download my data" and of deleting an account (src/modules/records).

/** What the person wrote, the organizer's answer to it, and what they reported. */
export async function myTestimonialsData(db: Db, userId: string) {
  const [written, reports] = await Promise.all([
    db.testimonial.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        rating: true,
        body: true,
        reply: true,
        repliedAt: true,
        hiddenAt: true,
        createdAt: true,
        project: { select: { id: true, title: true } },
      },
    }),
    db.testimonialReport.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "asc" },
      select: { testimonialId: true, reason: true, createdAt: true, resolvedAt: true },
    }),
  ]);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    testimonials: written.map((t) => ({
      ...t,
      repliedAt: iso(t.repliedAt),
      hiddenAt: iso(t.hiddenAt),
      createdAt: iso(t.createdAt),
    })),
    testimonialReports: reports.map((r) => ({ ...r, createdAt: iso(r.createdAt), resolvedAt: iso(r.resolvedAt) })),
  };
}

/**
 * On deletion: the rating stays (the project's average does not change under the organizer), the
 * text goes, and nothing points to the person any more — the author shows as a former volunteer.
 * Their reports lose their reason and reporter; replies they wrote for an organizer stay the
 * organizer's, without their name.
 */
export async function anonymiseTestimonials(tx: Prisma.TransactionClient, userId: string) {
  const written = await tx.testimonial.updateMany({ where: { authorId: userId }, data: { authorId: null, body: "" } });
  await tx.testimonialReport.updateMany({ where: { reporterId: userId }, data: { reporterId: null, reason: "" } });
  await tx.testimonial.updateMany({ where: { repliedById: userId }, data: { repliedById: null } });
  await tx.testimonial.updateMany({ where: { hiddenById: userId }, data: { hiddenById: null } });
  return { testimonials: written.count };
}
