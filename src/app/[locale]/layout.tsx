import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { ClientMessages } from "@/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { ServiceWorkerRegistrar } from "@/modules/pwa/components/service-worker-registrar";
import { THEME_COLOR } from "../manifest";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · Asar` },
    description: t("description"),
    // Installable (decision 0030): src/app/manifest.ts, and what iOS reads instead of it.
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icons/icon.svg", type: "image/svg+xml" },
      ],
      apple: { url: "/icons/apple-touch-icon-180.png", sizes: "180x180" },
    },
    appleWebApp: { capable: true, title: "Asar", statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { themeColor: THEME_COLOR };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "layout" });
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {/* Only the error page's messages here: each page gives its client components theirs
            (ClientMessages, docs/decisions/0021-request-path.md). */}
        <ClientMessages components={["app/[locale]/error"]}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} />
          <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-white">
            <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between">
              <p>{t("footer")}</p>
              <Link href="/help" className="font-semibold text-brand-700 underline" data-testid="footer-help">
                {t("askForHelp")}
              </Link>
            </div>
          </footer>
        </ClientMessages>
        <ServiceWorkerRegistrar />
      </body>
    </html>
  );
}
