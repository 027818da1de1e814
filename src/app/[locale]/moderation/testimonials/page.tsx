import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { testimonialQueue } from "@/modules/testimonials/queries";
import { Stars } from "@/modules/testimonials/components/testimonial-section";
import { TestimonialVisibility } from "@/modules/testimonials/components/testimonial-visibility";
import { pageNumber, searchParam } from "@/domain/search-params";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueueHeader } from "@/components/ui/queue-header";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "testimonials.moderation" });
  return { title: t("title") };
}

// Reported and hidden testimonials of the viewer's regions (the moderation layout lets in only staff).
export default async function TestimonialModerationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const raw = await searchParams;
  const view = searchParam(raw, "view") === "hidden" ? "hidden" : "reported";
  const page = pageNumber(searchParam(raw, "page"));
  const queue = await testimonialQueue(db, viewer, view, page);
  const [t, tAll, format] = await Promise.all([
    getTranslations("testimonials.moderation"),
    getTranslations("testimonials"),
    getFormatter(),
  ]);
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <QueueHeader
        back={t("back")}
        title={t("title")}
        lead={t("lead")}
        viewsLabel={t("views")}
        views={[
          { label: t("reported"), href: "/moderation/testimonials", current: view === "reported" },
          {
            label: t("hidden"),
            href: { pathname: "/moderation/testimonials", query: { view: "hidden" } },
            current: view === "hidden",
          },
        ]}
      />
      {queue.items.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <ClientMessages components={["modules/testimonials/components/testimonial-visibility"]}>
          <Card as="ul" className="divide-y divide-slate-200" data-testid="testimonial-queue">
            {queue.items.map((item) => (
              <li key={item.id} className="space-y-2 p-4" data-testid="queued-testimonial">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Stars rating={item.rating} label={tAll("stars", { rating: item.rating })} />
                  <span className="font-semibold">{item.authorName || tAll("formerVolunteer")}</span>
                  <Link href={`/projects/${item.project.id}`} className="text-sm text-brand-700 underline">
                    {item.project.title}
                  </Link>
                  <span className="text-sm text-slate-600">{domainLabel("region", item.project.regionCode, l)}</span>
                </div>
                <p className="whitespace-pre-line">{item.body || tAll("removed")}</p>
                {item.reply ? (
                  <p className="border-l-4 border-brand-600 pl-3 text-sm whitespace-pre-line">{item.reply}</p>
                ) : null}
                {item.hiddenAt ? (
                  <p className="text-sm text-slate-600">
                    {t("hiddenOn", { date: format.dateTime(item.hiddenAt, { dateStyle: "medium" }) })}
                  </p>
                ) : null}
                {item.reports.length > 0 ? (
                  <div>
                    <h2 className="text-sm font-semibold">{t("reports")}</h2>
                    <ul className="list-disc pl-5 text-sm">
                      {item.reports.map((r) => (
                        <li key={r.id}>{r.reason}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <TestimonialVisibility testimonialId={item.id} hidden={item.hiddenAt !== null} />
              </li>
            ))}
          </Card>
        </ClientMessages>
      )}
      <Pagination
        page={page}
        pages={queue.pages}
        href={pageInQuery("/moderation/testimonials", { view: view === "hidden" ? "hidden" : undefined })}
      />
    </div>
  );
}
