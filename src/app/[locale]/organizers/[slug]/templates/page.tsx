import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listTemplates } from "@/modules/project-templates/queries";
import { TemplateActions } from "@/modules/project-templates/components/template-actions";
import { ClientMessages } from "@/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "projectTemplates.list" });
  return { title: t("title") };
}

// An organizer's project templates, for its members; another organizer's answers 404.
export default async function TemplatesPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/templates` } },
      locale,
    });
  const data = await listTemplates(db, viewer, slug);
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations("projectTemplates.list"), getFormatter()]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href={`/organizers/${data.organizer.slug}/projects`} className="text-sm text-brand-700 underline">
          ← {data.organizer.name}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      {data.templates.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <ClientMessages components={["modules/project-templates/components/template-actions"]}>
          <Card as="ul" className="divide-y divide-slate-200" data-testid="templates">
            {data.templates.map((tpl) => (
              <li key={tpl.id} className="space-y-3 p-4" data-testid="template">
                <div>
                  <h2 className="font-semibold">{tpl.name}</h2>
                  <p className="text-sm text-slate-600">
                    {tpl.title ? `${tpl.title} · ` : ""}
                    {t("summary", { roles: tpl.roles, days: tpl.lengthDays + 1 })} ·{" "}
                    {t("savedOn", { date: format.dateTime(tpl.createdAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
                <TemplateActions templateId={tpl.id} name={tpl.name} />
              </li>
            ))}
          </Card>
        </ClientMessages>
      )}
    </div>
  );
}
