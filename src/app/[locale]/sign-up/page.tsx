import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { returnPathParam } from "@/domain/return-path";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signUp" });
  return { title: t("title") };
}

export default async function SignUpChoicePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // A volunteer who came from a project goes back to it after signing up.
  const back = returnPathParam((await searchParams).next);
  const t = await getTranslations("signUp");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["volunteer", "organizer"] as const).map((kind) => (
          <Card
            as={Link}
            key={kind}
            href={
              back && kind === "volunteer"
                ? { pathname: "/sign-up/volunteer", query: { next: back } }
                : `/sign-up/${kind}`
            }
            className="block p-6 hover:border-brand-600 hover:shadow"
          >
            <h2 className="text-xl font-semibold text-brand-700">{t(`${kind}.title`)}</h2>
            <p className="mt-2 text-slate-700">{t(`${kind}.lead`)}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
