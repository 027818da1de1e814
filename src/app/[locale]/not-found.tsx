import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2">
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("home")}
        </Link>
        <Link href="/projects" className="font-semibold text-brand-700 underline">
          {t("search")}
        </Link>
      </p>
    </div>
  );
}
