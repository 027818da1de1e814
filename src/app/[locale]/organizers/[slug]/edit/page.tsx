import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getOrganizerForEdit } from "@/modules/organizers/queries";
import { OrganizerEditForm } from "@/modules/organizers/components/organizer-edit-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function OrganizerEditPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/edit` } }, locale });
  const organizer = await getOrganizerForEdit(db, viewer, slug);
  // Someone else's organizer looks exactly like a missing one.
  if (!organizer) notFound();
  const t = await getTranslations("organizer");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {organizer.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("editTitle")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("editHint")}</p>
      </div>
      <Card className="p-6">
        <ClientMessages components={["modules/organizers/components/organizer-edit-form"]}>
          <OrganizerEditForm
            organizerId={organizer.id}
            initial={{
              orgName: organizer.name,
              form: organizer.form,
              legalForm: organizer.legalForm ?? undefined,
              bin: organizer.bin ?? "",
              regionCode: organizer.regionCode,
              settlement: organizer.settlement ?? "",
              directions: organizer.directions,
              orgEmail: organizer.email,
              phone: organizer.phone ?? "",
              website: organizer.website ?? "",
              description: organizer.description,
            }}
          />
        </ClientMessages>
      </Card>
    </div>
  );
}
