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

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function NewProjectPage({ params }: Props) {
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
          <ProjectForm initial={initial} organizerId={organizer.id} />
        </ClientMessages>
      </Card>
    </div>
  );
}
