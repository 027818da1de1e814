import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { scanState } from "@/modules/check-in/scan";
import { ScanButton } from "@/modules/check-in/components/scan-button";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "checkIn.scan" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The address behind a check-in QR. Opening it changes nothing (link previews and prefetching
 * open links too); the button takes the next step. Signed out → sign in and back here.
 */
export default async function CheckInPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  const back = `/${locale}/check-in/${encodeURIComponent(code.slice(0, 100))}`;
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: back } }, locale });
  const view = await scanState(db, viewer, code.slice(0, 100));
  const [t, tErr, format] = await Promise.all([
    getTranslations("checkIn.scan"),
    getTranslations("checkIn.errors"),
    getFormatter(),
  ]);
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short" });

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {view.project ? (
        <Card className="space-y-1 p-4">
          <p className="break-words text-lg font-semibold">{view.project.title}</p>
          {view.roleTitle ? <p className="break-words text-slate-700">{view.roleTitle}</p> : null}
          {view.span ? (
            <p className="text-sm text-slate-700">
              {t("when", {
                when: format.dateTimeRange(view.span.startsAt, view.span.endsAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
            </p>
          ) : null}
          {view.window && !view.done ? (
            <p className="text-sm text-slate-600">
              {t("window", { opensAt: time(view.window.opensAt), closesAt: time(view.window.closesAt) })}
            </p>
          ) : null}
        </Card>
      ) : null}

      {view.refusal ? (
        <div
          role="alert"
          className="space-y-1 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
          data-testid="check-in-refusal"
        >
          <p className="font-semibold">{tErr(view.refusal)}</p>
          <p className="text-sm">{t("refused")}</p>
        </div>
      ) : null}

      {view.checkedInAt && !view.done ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900"
          data-testid="check-in-status"
        >
          {t("checkedIn", { time: time(view.checkedInAt) })}
        </p>
      ) : null}
      {view.done && view.checkedInAt && view.checkedOutAt ? (
        <div
          role="status"
          className="space-y-1 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900"
          data-testid="check-in-status"
        >
          <p className="font-semibold">{t("done", { in: time(view.checkedInAt), out: time(view.checkedOutAt) })}</p>
          <p>{t("doneHours", { hours: view.proposedHours ?? 0 })}</p>
        </div>
      ) : null}
      {view.next === "IN" ? <p>{t("ready")}</p> : null}

      {view.next ? (
        <ClientMessages components={["modules/check-in/components/scan-button"]}>
          <ScanButton code={code} step={view.next} />
        </ClientMessages>
      ) : null}

      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/my/hours" className="text-brand-700 underline">
          {t("myHours")}
        </Link>
        <Link href="/my/applications" className="text-brand-700 underline">
          {t("myApplications")}
        </Link>
      </p>
    </div>
  );
}
