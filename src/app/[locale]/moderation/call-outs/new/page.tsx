import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { callOutFormOptions } from "@/modules/call-outs/staff-queries";
import { CallOutForm } from "@/modules/call-outs/components/call-out-form";
import { initialCallOut } from "@/modules/call-outs/form-defaults";
import { searchParam } from "@/domain/search-params";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOuts" });
  return { title: t("newTitle") };
}

// The new call-out for the staff (the moderation layout lets in only staff); `?fromHelp=<id>`
// starts from a request for help of the staff's region.
export default async function NewCallOutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const options = await callOutFormOptions(db, viewer, searchParam(await searchParams, "fromHelp"));
  if (!options) notFound();
  const t = await getTranslations("callOuts");
  const { prefill } = options;
  const initial = initialCallOut(prefill, options.regions);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href="/moderation/call-outs" className="text-sm text-brand-700 underline">
          ← {t("title")}
        </Link>
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <p className="text-slate-700">{t("newLead")}</p>
      </div>
      {prefill ? (
        <p
          className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm"
          data-testid="call-out-from-help"
        >
          {t("fromHelp", {
            category: HELP_CATEGORY_LABELS[prefill.category][locale as Locale],
            settlement: prefill.settlement,
          })}
        </p>
      ) : null}
      <Card className="p-4 sm:p-6">
        <ClientMessages components={["modules/call-outs/components/call-out-form"]}>
          <CallOutForm initial={initial} regions={options.regions} organizers={options.organizers} />
        </ClientMessages>
      </Card>
    </div>
  );
}
