import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getViewer } from "@/modules/accounts/session";
import { cachedPlatformCounts } from "@/modules/platform/queries";
import { Card } from "@/components/ui/card";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // A file-like path the proxy skips (/favicon.png) lands here as a "locale": 404, not a crash.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const [counts, viewer] = await Promise.all([cachedPlatformCounts(), getViewer()]);
  const nf = new Intl.NumberFormat(locale);
  const stats = [
    { key: "volunteers", value: counts.volunteers },
    { key: "organizers", value: counts.verifiedOrganizers },
    { key: "projects", value: counts.projects },
    { key: "regions", value: counts.regions },
  ] as const;
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-brand-50">{t("lead")}</p>
        {/* Most visitors come to find a project: the search page's own GET form. */}
        <form
          method="get"
          action={`/${locale}/projects`}
          role="search"
          className="mt-6 flex max-w-2xl flex-col gap-2 sm:flex-row"
        >
          <label htmlFor="home-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder={t("searchPlaceholder")}
            className="min-h-11 min-w-0 flex-1 rounded-md border border-white bg-white px-3 text-slate-900 placeholder:text-slate-600"
          />
          <button
            type="submit"
            className="min-h-11 rounded-md bg-sun-400 px-5 font-semibold text-slate-900 hover:brightness-95"
          >
            {t("searchSubmit")}
          </button>
        </form>
        {viewer ? null : (
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/sign-up/volunteer"
              className="rounded-md bg-sun-400 px-5 py-3 font-semibold text-slate-900 hover:brightness-95"
            >
              {t("ctaVolunteer")}
            </Link>
            <Link
              href="/sign-up/organizer"
              className="rounded-md border border-white/70 px-5 py-3 font-semibold text-white hover:bg-white/10"
            >
              {t("ctaOrganizer")}
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="counts">
        <h2 id="counts" className="sr-only">
          {t("countsTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {stats.map((s) => (
            <Card key={s.key} className="min-w-0 p-4">
              <dt className="text-sm text-slate-600 [overflow-wrap:anywhere] hyphens-auto">{t(`counts.${s.key}`)}</dt>
              <dd className="mt-1 text-3xl font-bold text-brand-700" data-testid={`count-${s.key}`}>
                {nf.format(s.value)}
              </dd>
            </Card>
          ))}
        </dl>
      </section>

      <section className="grid gap-4 sm:grid-cols-3">
        {(["volunteer", "organizer", "staff"] as const).map((k) => (
          <Card key={k} className="p-5">
            <h2 className="text-lg font-semibold">{t(`for.${k}.title`)}</h2>
            <p className="mt-2 text-slate-700">{t(`for.${k}.text`)}</p>
          </Card>
        ))}
      </section>
    </div>
  );
}
