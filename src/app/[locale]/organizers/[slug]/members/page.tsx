import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/server/session";
import { listMembers } from "@/modules/organizers/members";
import { AddCoordinatorForm } from "@/modules/organizers/components/add-coordinator-form";
import { RemoveMemberButton } from "@/modules/organizers/components/remove-member-button";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function MembersPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/members` } }, locale });
  const team = await listMembers(db, viewer, slug);
  if (!team) notFound();
  const t = await getTranslations("members");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${team.organizer.slug}`} className="text-sm text-brand-700 underline">← {team.organizer.name}</Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="members-list">
        {team.members.map((m) => (
          <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <div>
              <p className="font-medium">{m.user.name} <span className="text-slate-600">({m.user.email})</span></p>
              <p className="text-sm text-slate-600">{t(`role.${m.role}`)}</p>
            </div>
            {m.role === "COORDINATOR" ? <RemoveMemberButton organizerId={team.organizer.id} userId={m.user.id} name={m.user.name} /> : null}
          </li>
        ))}
      </ul>
      <section className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 className="mb-4 text-lg font-semibold">{t("addTitle")}</h2>
        <AddCoordinatorForm organizerId={team.organizer.id} />
      </section>
    </div>
  );
}
