import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { getViewer } from "@/modules/accounts/session";
import { DeleteAccountForm } from "@/modules/records/components/delete-account-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "records.data" });
  return { title: t("title") };
}

const POINTS = ["erased", "sessions", "documents", "applications", "statistics"] as const;

export default async function MyDataPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  const t = await getTranslations("records.data");
  if (!viewer) {
    // Right after a deletion the session is gone: say what happened instead of asking to sign in.
    if ((await searchParams).deleted) {
      return (
        <div className="space-y-4" role="status" data-testid="account-deleted">
          <h1 className="text-2xl font-bold">{t("deleted.title")}</h1>
          <p className="text-slate-700">{t("deleted.text")}</p>
          <Link href="/" className="font-semibold text-brand-700 underline">
            {t("deleted.home")}
          </Link>
        </div>
      );
    }
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/data` } }, locale });
  }
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>

      <Card as="section" aria-labelledby="export" className="space-y-3 p-4 sm:p-6">
        <h2 id="export" className="text-lg font-semibold">
          {t("export.title")}
        </h2>
        <p className="text-slate-700">{t("export.text")}</p>
        <a
          href={`/api/records/my-data?locale=${locale}`}
          download
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          data-testid="download-my-data"
        >
          {t("export.button")}
        </a>
      </Card>

      <section aria-labelledby="delete" className="space-y-4 rounded-xl border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="delete" className="text-lg font-semibold text-red-800">
          {t("delete.title")}
        </h2>
        <div className="text-slate-800">
          <p>{t("delete.text")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {POINTS.map((p) => (
              <li key={p}>{t(`delete.points.${p}`)}</li>
            ))}
          </ul>
        </div>
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
          {t("delete.warning")}
        </p>
        <ClientMessages components={["modules/records/components/delete-account-form"]}>
          <DeleteAccountForm email={viewer.email} />
        </ClientMessages>
      </section>
    </div>
  );
}
