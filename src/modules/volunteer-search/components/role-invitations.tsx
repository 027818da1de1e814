import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import type { Viewer } from "@/modules/accounts/viewer";
import { listMyVolunteerInvitations } from "../invitations";
import { DeclineInvitation } from "./decline-invitation";

/**
 * The volunteer's invitations to roles, on /invitations beside the team invitations. Applying is
 * the project's own apply form for that role (a link to it); declining is a button.
 */
export async function RoleInvitations({ viewer, locale }: { viewer: Viewer; locale: Locale }) {
  if (!viewer.volunteer) return null;
  const [items, t, format] = await Promise.all([
    listMyVolunteerInvitations(db, viewer),
    getTranslations("volunteerSearch.invitations"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="role-invitations" className="space-y-3">
      <div>
        <h2 id="role-invitations" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      </div>
      {items.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ul className="space-y-4">
        {items.map((i) => (
          <Card as="li" key={i.id} className="space-y-3 p-4 sm:p-6" data-testid="role-invitation">
            <h3 className="break-words text-lg font-semibold">
              <Link href={`/projects/${i.project.id}`} className="underline">
                {i.project.title}
              </Link>
            </h3>
            <p className="text-sm text-slate-700">
              {t("summary", {
                organizer: i.organizer.name,
                role: i.role.title,
                date: format.dateTimeRange(i.project.startsAt, i.project.endsAt, { dateStyle: "medium" }),
                place: i.project.isOnline
                  ? t("online")
                  : placeLabel(i.project.settlement, i.project.regionCode, locale),
              })}
            </p>
            {i.message ? (
              <blockquote className="border-l-4 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-800">
                {i.message}
              </blockquote>
            ) : null}
            <div className="flex flex-wrap items-start gap-3">
              <Link
                href={`/projects/${i.project.id}#role-${i.role.id}`}
                className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
              >
                {t("apply")}
              </Link>
              <ClientMessages components={["modules/volunteer-search/components/decline-invitation"]}>
                <DeclineInvitation invitationId={i.id} />
              </ClientMessages>
            </div>
          </Card>
        ))}
      </ul>
    </section>
  );
}
