import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { canAppointStaff } from "@/modules/staff/policy";
import { listStaff } from "@/modules/staff/queries";
import { AppointStaffForm } from "@/modules/staff/components/appoint-staff-form";
import { RemoveStaffButton } from "@/modules/staff/components/remove-staff-button";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("title") };
}

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/admin/staff` } }, locale });
  if (!canAppointStaff(viewer)) notFound();
  const [t, staff] = await Promise.all([getTranslations("staff"), listStaff(db, viewer)]);
  const l = locale as Locale;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      <Card as="section" className="p-6">
        <h2 className="mb-4 text-lg font-semibold">{t("appointTitle")}</h2>
        <ClientMessages components={["modules/staff/components/appoint-staff-form"]}>
          <AppointStaffForm />
        </ClientMessages>
      </Card>
      <section>
        <h2 className="mb-3 text-lg font-semibold">{t("listTitle")}</h2>
        {staff.length === 0 ? (
          <p className="text-slate-600">{t("empty")}</p>
        ) : (
          <ScrollRegion label={t("listTitle")}>
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2">
                    {t("region")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("person")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("since")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200" data-testid="staff-list">
                {staff.map((s) => (
                  <tr key={`${s.user.id}-${s.regionCode}`}>
                    <td className="px-4 py-2">{domainLabel("region", s.regionCode, l)}</td>
                    <td className="px-4 py-2">
                      {s.user.name} <span className="text-slate-600">({s.user.email})</span>
                    </td>
                    <td className="px-4 py-2">{s.createdAt.toLocaleDateString(locale, { timeZone: "Asia/Almaty" })}</td>
                    <td className="px-4 py-2 text-right">
                      <ClientMessages components={["modules/staff/components/remove-staff-button"]}>
                        <RemoveStaffButton
                          userId={s.user.id}
                          regionCode={s.regionCode}
                          name={s.user.name}
                          region={domainLabel("region", s.regionCode, l)}
                        />
                      </ClientMessages>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
