import type { ComponentProps } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { TestimonialList } from "../queries";
import { TestimonialForm } from "./testimonial-form";
import { TestimonialReply } from "./testimonial-reply";
import { TestimonialReport } from "./testimonial-report";

type Href = ComponentProps<typeof Link>["href"];

/** Five stars, the given number filled; read out as "4 of 5". */
export function Stars({ rating, label }: { rating: number; label: string }) {
  return (
    <span role="img" aria-label={label} className="text-amber-600">
      {"★".repeat(rating)}
      <span className="text-slate-300">{"★".repeat(5 - rating)}</span>
    </span>
  );
}

/**
 * Testimonials on the project page and the organizer's page: the average once there are enough,
 * the texts newest first with the organizer's reply, a page at a time. What a viewer may do shows
 * as small folded forms: the participant's own form, the organizer's reply, anyone's report.
 */
export async function TestimonialSection({
  list,
  page,
  pageHref,
  mayReply,
  signedIn,
  opportunities = [],
  showProject = false,
}: {
  list: TestimonialList;
  page: number;
  pageHref: (page: number) => Href;
  /** The viewer manages the organizer: offer the reply under those without one. */
  mayReply: (organizerId: string) => boolean;
  signedIn: boolean;
  /** The viewer's applications that may still get a testimonial (testimonialOpportunities). */
  opportunities?: { applicationId: string; roleTitle: string }[];
  /** On the organizer's page: which project each one is about. */
  showProject?: boolean;
}) {
  if (list.count === 0 && opportunities.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("testimonials"), getFormatter()]);
  return (
    <section aria-labelledby="testimonials-title" id="testimonials" className="scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="testimonials-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-700" data-testid="testimonial-summary">
          {list.average !== null
            ? t("average", { average: format.number(list.average, { maximumFractionDigits: 1 }), count: list.count })
            : t("count", { count: list.count })}
        </p>
      </div>
      <ClientMessages
        components={[
          "modules/testimonials/components/testimonial-form",
          "modules/testimonials/components/testimonial-reply",
          "modules/testimonials/components/testimonial-report",
        ]}
      >
        {opportunities.map((o) => (
          <TestimonialForm key={o.applicationId} applicationId={o.applicationId} roleTitle={o.roleTitle} />
        ))}
        {list.items.length > 0 ? (
          <Card as="ul" className="divide-y divide-slate-200">
            {list.items.map((item) => (
              <li key={item.id} className="space-y-1 p-4" data-testid="testimonial">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Stars rating={item.rating} label={t("stars", { rating: item.rating })} />
                  <span className="font-semibold">{item.authorName || t("formerVolunteer")}</span>
                  <time dateTime={item.createdAt.toISOString()} className="text-sm text-slate-600">
                    {format.dateTime(item.createdAt, { dateStyle: "medium" })}
                  </time>
                  {showProject ? (
                    <Link href={`/projects/${item.project.id}`} className="text-sm text-brand-700 underline">
                      {item.project.title}
                    </Link>
                  ) : null}
                </div>
                {item.body ? (
                  <p className="whitespace-pre-line">{item.body}</p>
                ) : (
                  <p className="text-sm text-slate-600 italic">{t("removed")}</p>
                )}
                {item.reply ? (
                  <div
                    className="mt-2 rounded-md border-l-4 border-brand-600 bg-slate-50 px-3 py-2"
                    data-testid="reply"
                  >
                    <p className="text-sm font-semibold">{t("replyTitle")}</p>
                    <p className="whitespace-pre-line">{item.reply}</p>
                  </div>
                ) : mayReply(item.project.organizerId) ? (
                  <TestimonialReply testimonialId={item.id} />
                ) : null}
                {signedIn ? <TestimonialReport testimonialId={item.id} /> : null}
              </li>
            ))}
          </Card>
        ) : null}
      </ClientMessages>
      <Pagination page={page} pages={list.pages} href={pageHref} />
    </section>
  );
}
