import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { organizerCallOutFormOptions } from "@/modules/call-outs/staff-queries";
import { CallOutForm } from "@/modules/call-outs/components/call-out-form";
import { initialCallOut } from "@/modules/call-outs/form-defaults";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; slug: string; requestId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOuts" });
  return { title: t("newTitle") };
}

// An organizer's own call-out, from a request for help it accepted (issue 11): the request's
// region, the organizer as coordinator; everyone else gets a 404.
export default async function OrganizerCallOutPage({ params }: Props) {
  const { locale, slug, requestId } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) {
    const next = `/${locale}/organizers/${slug}/help/${requestId}/call-out`;
    return redirect({ href: { pathname: "/sign-in", query: { next } }, locale });
  }
  const options = await organizerCallOutFormOptions(db, viewer, slug, requestId);
  if (!options) notFound();
  const t = await getTranslations("callOuts");
  const { prefill, organizer } = options;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href={`/organizers/${organizer.slug}/help`} className="text-sm text-brand-700 underline">
          ← {organizer.name}
        </Link>
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <p className="text-slate-700">{t("organizerLead")}</p>
      </div>
      <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm" data-testid="call-out-from-help">
        {t("fromHelp", {
          category: HELP_CATEGORY_LABELS[prefill.category][locale as Locale],
          settlement: prefill.settlement,
        })}
      </p>
      <Card className="p-4 sm:p-6">
        <ClientMessages components={["modules/call-outs/components/call-out-form"]}>
          <CallOutForm
            initial={initialCallOut(prefill, options.regions)}
            regions={options.regions}
            organizers={options.organizers}
          />
        </ClientMessages>
      </Card>
    </div>
  );
}
