import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

// Any address under a locale that no page answers: the locale's own not-found page
// (src/app/[locale]/not-found.tsx), inside the locale's layout, with a 404.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title") };
}

export default function UnknownPage() {
  notFound();
}
