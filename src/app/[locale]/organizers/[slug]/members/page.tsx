import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { FormSuccess } from "@/components/ui/field";
import { listMembers } from "@/modules/organizers/members";
import { listTeamInvitations } from "@/modules/organizers/invitations";
import { InviteCoordinatorForm } from "@/modules/organizers/components/invite-coordinator-form";
import { RevokeInvitationButton } from "@/modules/organizers/components/revoke-invitation-button";
import { RemoveMemberButton } from "@/modules/organizers/components/remove-member-button";
import { TransferOwnershipForm } from "@/modules/organizers/components/transfer-ownership-form";
import { LeaveOrganizer } from "@/modules/organizers/components/leave-organizer";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ transferred?: string }> };

export default async function MembersPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/members` } },
      locale,
    });
  const team = await listMembers(db, viewer, slug);
  if (!team) notFound();
  const [t, ti, { transferred }, invitations] = await Promise.all([
    getTranslations("members"),
    getTranslations("invitations.team"),
    searchParams,
    listTeamInvitations(db, viewer, team.organizer.id),
  ]);
  const owner = team.members.find((m) => m.role === "OWNER");
  const coordinators = team.members.flatMap((m) =>
    m.role === "COORDINATOR" && m.user.email ? [{ id: m.user.id, name: m.user.name, email: m.user.email }] : [],
  );
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${team.organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {team.organizer.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      {transferred && owner ? (
        <FormSuccess
          message={[
            t("transfer.done", { name: owner.user.name }),
            team.viewerRole === "COORDINATOR" ? t("transfer.doneYou") : "",
          ]
            .join(" ")
            .trim()}
        />
      ) : null}
      <Card as="ul" className="divide-y divide-slate-200" data-testid="members-list">
        {team.members.map((m) => (
          <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-2 p-4" data-testid="member">
            <div className="min-w-0">
              <p className="break-words font-medium">
                {m.user.name}
                {m.user.id === viewer.id ? <span className="text-slate-600"> ({t("you")})</span> : null}
                {m.user.email ? <span className="text-slate-600"> · {m.user.email}</span> : null}
              </p>
              <p className="text-sm text-slate-600" data-testid="member-role">
                {t(`role.${m.role}`)}
              </p>
            </div>
            {team.canManage && m.role === "COORDINATOR" ? (
              <ClientMessages components={["modules/organizers/components/remove-member-button"]}>
                <RemoveMemberButton organizerId={team.organizer.id} userId={m.user.id} name={m.user.name} />
              </ClientMessages>
            ) : null}
          </li>
        ))}
      </Card>
      {team.canManage ? (
        <>
          <Card
            as="section"
            aria-labelledby="invite-title"
            className="space-y-4 p-4 sm:p-6"
            data-testid="invite-coordinator"
          >
            <h2 id="invite-title" className="text-lg font-semibold">
              {ti("title")}
            </h2>
            <ClientMessages components={["modules/organizers/components/invite-coordinator-form"]}>
              <InviteCoordinatorForm organizerId={team.organizer.id} />
            </ClientMessages>
            {invitations && invitations.length > 0 ? (
              <div>
                <h3 className="text-base font-semibold">{ti("pendingTitle")}</h3>
                <ul
                  className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200"
                  data-testid="pending-invitations"
                >
                  {invitations.map((i) => (
                    <li
                      key={i.id}
                      className="flex flex-wrap items-center justify-between gap-2 p-3"
                      data-testid="pending-invitation"
                    >
                      <p className="min-w-0 break-words">
                        {i.email}{" "}
                        <span className="text-sm text-slate-600">· {ti("pendingUntil", { date: i.expiresAt })}</span>
                      </p>
                      <ClientMessages components={["modules/organizers/components/revoke-invitation-button"]}>
                        <RevokeInvitationButton organizerId={team.organizer.id} invitationId={i.id} email={i.email} />
                      </ClientMessages>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Card>
          <Card
            as="section"
            aria-labelledby="transfer-title"
            className="space-y-4 p-4 sm:p-6"
            data-testid="transfer-ownership"
          >
            <h2 id="transfer-title" className="text-lg font-semibold">
              {t("transfer.title")}
            </h2>
            <p className="text-slate-700">{t("transfer.text")}</p>
            {coordinators.length > 0 ? (
              <ClientMessages components={["modules/organizers/components/transfer-ownership-form"]}>
                <TransferOwnershipForm
                  organizerId={team.organizer.id}
                  organizerName={team.organizer.name}
                  slug={team.organizer.slug}
                  coordinators={coordinators}
                />
              </ClientMessages>
            ) : (
              <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
                {t("transfer.none")}
              </p>
            )}
          </Card>
        </>
      ) : null}
      {team.viewerRole ? (
        <Card as="section" aria-labelledby="leave-title" className="space-y-3 p-4 sm:p-6" data-testid="leave-organizer">
          <h2 id="leave-title" className="text-lg font-semibold">
            {t("leave.title")}
          </h2>
          {team.viewerRole === "OWNER" ? (
            <p className="text-slate-700">{t("leave.ownerText")}</p>
          ) : (
            <>
              <p className="text-slate-700">{t("leave.text")}</p>
              <ClientMessages components={["modules/organizers/components/leave-organizer"]}>
                <LeaveOrganizer
                  organizerId={team.organizer.id}
                  organizerName={team.organizer.name}
                  slug={team.organizer.slug}
                />
              </ClientMessages>
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
