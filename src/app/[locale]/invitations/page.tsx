import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listMyInvitations } from "@/modules/organizers/invitations";
import { InvitationAnswer } from "@/modules/organizers/components/invitation-answer";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { RoleInvitations } from "@/modules/volunteer-search/components/role-invitations";
import type { Locale } from "@/domain/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "invitations" });
  return { title: t("title") };
}

// The invitation email links here whether or not the address has an account, so a signed-out
// visitor is told how to get to the invitation, and nothing about it is shown.
export default async function InvitationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [viewer, t, tSignIn] = await Promise.all([
    getViewer(),
    getTranslations("invitations"),
    getTranslations("signIn"),
  ]);
  if (!viewer) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("signedOut")}</p>
        <p className="flex flex-wrap gap-4">
          <Link
            href={{ pathname: "/sign-in", query: { next: `/${locale}/invitations` } }}
            className="font-semibold text-brand-700 underline"
          >
            {tSignIn("title")}
          </Link>
          <Link href="/sign-up" className="font-semibold text-brand-700 underline">
            {tSignIn("signUpLink")}
          </Link>
        </p>
      </div>
    );
  }
  const invitations = await listMyInvitations(db, viewer);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      {invitations.length > 0 && !viewer.emailConfirmed ? (
        <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          <p>{t("confirmFirst", { email: viewer.email })}</p>
          <Link href="/profile" className="font-semibold text-brand-700 underline">
            {t("profileLink")}
          </Link>
        </div>
      ) : null}
      {invitations.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ul className="space-y-4">
        {invitations.map((i) => (
          <Card as="li" key={i.id} className="space-y-3 p-4 sm:p-6" data-testid="invitation">
            <h2 className="break-words text-lg font-semibold">
              <Link href={`/organizers/${i.organizer.slug}`} className="underline">
                {i.organizer.name}
              </Link>
            </h2>
            <p className="text-sm text-slate-700">
              {i.invitedBy
                ? t("invitedBy", { name: i.invitedBy.name, date: i.createdAt })
                : t("invited", { date: i.createdAt })}{" "}
              {t("validUntil", { date: i.expiresAt })}
            </p>
            <ClientMessages components={["modules/organizers/components/invitation-answer"]}>
              <InvitationAnswer invitationId={i.id} organizerName={i.organizer.name} />
            </ClientMessages>
          </Card>
        ))}
      </ul>
      <RoleInvitations viewer={viewer} locale={locale as Locale} />
    </div>
  );
}
