import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";

/**
 * What a request asks for, as the requester's tracking page and the staff's page both show it:
 * where, when, how many, when it was sent, who took it and the project made of it. `extra`
 * rows (the address, the reason) only where the page may show them.
 */
export async function HelpRequestFacts({
  request,
  locale,
  extra,
}: {
  request: {
    settlement: string;
    regionCode: string;
    neededOn: Date | null;
    peopleNeeded: number;
    createdAt: Date;
    assignedOrganizer: { name: string; slug: string } | null;
    project?: { id: string; title: string } | null;
  };
  locale: Locale;
  extra?: { label: string; value: ReactNode }[];
}) {
  const [t, format] = await Promise.all([getTranslations("help"), getFormatter()]);
  const rows: { label: string; value: ReactNode }[] = [
    { label: t("track.where"), value: placeLabel(request.settlement, request.regionCode, locale) },
    ...(extra ?? []),
    {
      label: t("track.when"),
      value: request.neededOn ? format.dateTime(request.neededOn, { dateStyle: "long", timeZone: "UTC" }) : t("asap"),
    },
    { label: t("track.people"), value: request.peopleNeeded },
    {
      label: t("track.sentOn"),
      value: format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    },
  ];
  if (request.assignedOrganizer)
    rows.push({
      label: t("track.organizer"),
      value: (
        <Link href={`/organizers/${request.assignedOrganizer.slug}`} className="text-brand-700 underline">
          {request.assignedOrganizer.name}
        </Link>
      ),
    });
  if (request.project)
    rows.push({
      label: t("track.project"),
      value: (
        <Link href={`/projects/${request.project.id}`} className="text-brand-700 underline">
          {request.project.title}
        </Link>
      ),
    });
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="text-slate-600">{r.label}</dt>
          <dd className="[overflow-wrap:anywhere]">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
