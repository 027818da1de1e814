import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import type { Viewer } from "@/modules/accounts/viewer";
import { Card } from "@/components/ui/card";
import { reportedTestimonialCount } from "../queries";

/** The moderation overview's card: how many reported testimonials wait in the viewer's regions. */
export async function TestimonialQueueCard({ viewer }: { viewer: Viewer }) {
  const [count, t] = await Promise.all([
    reportedTestimonialCount(db, viewer),
    getTranslations("testimonials.moderation"),
  ]);
  return (
    <Card
      as="section"
      aria-labelledby="q-testimonials"
      className="flex flex-wrap items-center justify-between gap-3 p-4"
    >
      <div>
        <h2 id="q-testimonials" className="font-semibold">
          {t("card", { count })}
        </h2>
        <p className="text-sm text-slate-600">{t("cardLead")}</p>
      </div>
      <Link
        href="/moderation/testimonials"
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        data-testid="moderation-testimonials-link"
      >
        {t("cardOpen")}
      </Link>
    </Card>
  );
}
