import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getOrganizerForEdit } from "@/modules/organizers/queries";
import { ProjectForm } from "@/modules/projects/components/project-form";
import type { ProjectInput } from "@/modules/projects/schema";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { searchParam } from "@/domain/search-params";
import { isoDate } from "@/domain/time";
import { HELP_CATEGORY_CLASSIFICATION, HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import { helpRequestForProject } from "@/modules/help/queries";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NewProjectPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/projects/new` } },
      locale,
    });
  const organizer = await getOrganizerForEdit(db, viewer, slug);
  if (!organizer) notFound();
  const t = await getTranslations("projects");
  // Made from a request for help the organizer took: its need, place, date and headcount.
  const fromHelp = searchParam(await searchParams, "fromHelp");
  const help = fromHelp ? await helpRequestForProject(db, viewer, organizer.id, fromHelp) : null;
  const initial: ProjectInput = {
    title: "",
    description: "",
    language: locale as Locale,
    compositions: [],
    primaryDirection: organizer.directions[0] ?? ("" as never),
    secondaryDirection: "",
    socialSubtype: "",
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: [],
    hazardous: false,
    regionCode: organizer.regionCode,
    isOnline: false,
    settlement: organizer.settlement ?? "",
    startDate: "",
    startTime: "10:00",
    endDate: "",
    endTime: "14:00",
    contactName: viewer.name,
    contactPhone: organizer.phone ?? "",
    contactEmail: organizer.email,
    sdgs: [],
    roles: [{ title: "", description: "", capacity: 10, minAge: 14, skills: "", requiredTraining: "", mode: "REVIEW" }],
  };
  if (help) {
    const { direction, socialSubtype } = HELP_CATEGORY_CLASSIFICATION[help.category];
    const day = help.neededOn ? isoDate(help.neededOn) : "";
    Object.assign(initial, {
      title: `${HELP_CATEGORY_LABELS[help.category][locale as Locale]} · ${help.settlement}`.slice(0, 120),
      description: help.description,
      primaryDirection: direction,
      socialSubtype: socialSubtype ?? "",
      regionCode: help.regionCode,
      settlement: help.settlement,
      startDate: day,
      endDate: day,
    });
    initial.roles[0]!.capacity = help.peopleNeeded;
  }
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${organizer.slug}/projects`} className="text-sm text-brand-700 underline">
          ← {organizer.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("form.newTitle")}</h1>
        <p className="mt-1 text-slate-700">
          {t(organizer.verificationStatus === "VERIFIED" ? "form.newLead" : "form.newLeadUnverified")}
        </p>
      </div>
      <Card className="p-4 sm:p-6">
        <ClientMessages components={["modules/projects/components/project-form"]}>
          <ProjectForm initial={initial} organizerId={organizer.id} helpRequestId={help?.id} />
        </ClientMessages>
      </Card>
    </div>
  );
}
