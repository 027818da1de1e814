import { getTranslations, setRequestLocale } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "offline" });
  return { title: t("title"), robots: { index: false } };
}

// What the service worker shows when a page cannot be loaded (decision 0030). The worker fetches
// this page without cookies when it installs and serves it at the address the person asked for,
// so "Try again" is a plain link to the current address: it works before any script has run.
export default async function OfflinePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("offline");
  return (
    <div className="mx-auto max-w-xl space-y-6 py-6" data-testid="offline-page">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">{t("text")}</p>
      </div>
      <a
        href=""
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        data-testid="offline-retry"
      >
        {t("retry")}
      </a>
      <section className="space-y-2" aria-labelledby="offline-works">
        <h2 id="offline-works" className="text-lg font-semibold">
          {t("worksTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-700">
          <li>{t("worksPage")}</li>
          <li>{t("worksNotifications")}</li>
          <li>{t("worksEmergency")}</li>
        </ul>
      </section>
      <p className="text-sm text-slate-600">{t("privacy")}</p>
    </div>
  );
}
