import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { ClientMessages } from "@/i18n/client-messages";
import { formatHours } from "@/i18n/format";
import { dateValue } from "@/domain/time";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { listProposedHours } from "../queries";
import { ConfirmProposed } from "./confirm-proposed";

/**
 * The hours check-outs proposed on a project, for its organizer's bulk confirmation (a server
 * component on the project's hours page; nothing when none are waiting).
 */
export async function ProposedHours({ projectId }: { projectId: string }) {
  const viewer = await getViewer();
  const rows = viewer ? await listProposedHours(db, viewer, projectId) : null;
  if (!rows || rows.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("checkIn.proposed"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short" });
  const th = "px-3 py-2 text-left font-semibold";
  const td = "px-3 py-2";
  return (
    <section aria-labelledby="proposed-heading" className="space-y-3" data-testid="proposed-hours">
      <h2 id="proposed-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <ScrollRegion label={t("heading")}>
        <table className="w-full min-w-[34rem] text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>
                {t("volunteer")}
              </th>
              <th scope="col" className={th}>
                {t("role")}
              </th>
              <th scope="col" className={th}>
                {t("date")}
              </th>
              <th scope="col" className={th}>
                {t("in")}
              </th>
              <th scope="col" className={th}>
                {t("out")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("hours")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((r) => (
              <tr key={r.id} data-testid="proposed-row">
                <th scope="row" className={`${td} break-words text-left font-medium`}>
                  {r.volunteerName}
                </th>
                <td className={`${td} break-words`}>{r.roleTitle}</td>
                <td className={td}>
                  {format.dateTime(dateValue(r.workedOn), { dateStyle: "medium", timeZone: "UTC" })}
                </td>
                <td className={td}>{time(r.checkedInAt)}</td>
                <td className={td}>{time(r.checkedOutAt)}</td>
                <td className={`${td} text-right font-semibold`}>{formatHours(format, r.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ClientMessages components={["modules/check-in/components/confirm-proposed"]}>
        <ConfirmProposed projectId={projectId} checkInIds={rows.map((r) => r.id)} />
      </ClientMessages>
    </section>
  );
}
