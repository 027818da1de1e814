import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getProjectForEdit } from "@/modules/projects/queries";
import { ProjectForm } from "@/modules/projects/components/project-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditProjectPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/projects/${id}/edit` } }, locale });
  const data = await getProjectForEdit(db, viewer, id);
  if (!data) notFound();
  const t = await getTranslations("projects");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${id}`} className="text-sm text-brand-700 underline">
          ← {data.project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("form.editTitle")}</h1>
        {data.project.status === "PUBLISHED" ? (
          <p className="mt-1 text-slate-700">{t("form.editPublishedHint")}</p>
        ) : null}
      </div>
      <Card className="p-4 sm:p-6">
        <ClientMessages components={["modules/projects/components/project-form"]}>
          <ProjectForm initial={data.input} organizerId={data.project.organizerId} projectId={id} />
        </ClientMessages>
      </Card>
    </div>
  );
}
