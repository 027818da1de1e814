import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getVolunteerProfile, profileSavedSinceSignUp } from "@/modules/accounts/queries";
import { ProfileForm } from "@/modules/accounts/components/profile-form";
import { Certificates } from "@/modules/accounts/components/certificates";
import { listCertificates } from "@/modules/accounts/certificates";
import { FormSuccess } from "@/components/ui/field";
import { isMinorBirthDate } from "@/modules/accounts/schema";
import { ProfileRecordLinks } from "@/modules/records/components/profile-links";
import { AccountNotices, PasswordSection } from "@/modules/accounts/components/account-security";
import { SignOutEverywhere } from "@/modules/accounts/components/sign-out-everywhere";
import { ClientMessages } from "@/i18n/client-messages";
import { isoDate } from "@/domain/time";
import { Card } from "@/components/ui/card";
import { NotificationSettings } from "@/modules/notifications/components/notification-settings";
import { PushDevices } from "@/modules/notifications/components/push-devices";
import { getOptOuts } from "@/modules/notifications/preferences";
import { listPushDevices } from "@/modules/notifications/subscriptions";
import { vapidKeysFromEnv } from "@/server/web-push";
import type { Viewer } from "@/modules/accounts/viewer";
import { AvailabilitySection } from "@/modules/volunteer-search/components/availability-section";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "profile" });
  return { title: t("title") };
}

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ welcome?: string; notifications?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/profile` } }, locale });
  const t = await getTranslations("profile");
  const { welcome, notifications } = await searchParams;
  const notificationSection = (
    <NotificationSection
      viewer={viewer}
      outcome={notifications === "saved" || notifications === "failed" ? notifications : undefined}
    />
  );
  const [profile, certificates, format] = await Promise.all([
    getVolunteerProfile(db, viewer),
    listCertificates(db, viewer),
    getFormatter(),
  ]);
  if (!profile) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <AccountNotices viewer={viewer} />
        <p>{t("notVolunteer")}</p>
        <ProfileRecordLinks volunteer={false} />
        {notificationSection}
        <PasswordSection />
        <ClientMessages components={["modules/accounts/components/sign-out-everywhere"]}>
          <SignOutEverywhere />
        </ClientMessages>
      </div>
    );
  }
  const birthDate = isoDate(profile.birthDate);
  const needsConsent = isMinorBirthDate(birthDate) && !profile.guardianConsentAt;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {/* Once the profile is saved the welcome has done its job: "Profile saved" speaks alone. */}
      {welcome && !profileSavedSinceSignUp(profile) ? <FormSuccess message={t("welcome")} /> : null}
      <AccountNotices viewer={viewer} />
      {needsConsent ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t("consentMissing")}
        </p>
      ) : null}
      {profile.guardianConsentAt ? (
        <p className="text-sm text-slate-700" data-testid="consent-recorded">
          {t("consentRecorded", { name: profile.guardianName ?? "", date: profile.guardianConsentAt })}
        </p>
      ) : null}
      <Card className="p-6">
        <ClientMessages components={["modules/accounts/components/profile-form"]}>
          <ProfileForm
            initial={{
              name: profile.user.name,
              birthDate,
              gender: profile.gender ?? undefined,
              regionCode: profile.regionCode,
              settlement: profile.settlement ?? "",
              phone: profile.phone ?? "",
              languages: profile.languages,
              skills: profile.skills.join(", "),
              interests: profile.interests,
              compositions: profile.compositions,
              employment: profile.employment ?? undefined,
              availability: profile.availability,
              about: profile.about ?? "",
              locale: profile.user.locale,
              guardianName: profile.guardianName ?? "",
              guardianContact: profile.guardianContact ?? "",
              guardianConsent: Boolean(profile.guardianConsentAt),
            }}
          />
        </ClientMessages>
      </Card>
      <ClientMessages components={["modules/accounts/components/certificates"]}>
        <Certificates
          held={certificates.map((c) => ({
            id: c.id,
            code: c.training.code,
            issuedBy: c.issuedBy,
            issuedOn: format.dateTime(c.issuedOn, { dateStyle: "medium", timeZone: "UTC" }),
            expiresOn: c.expiresOn ? format.dateTime(c.expiresOn, { dateStyle: "medium", timeZone: "UTC" }) : null,
          }))}
        />
      </ClientMessages>
      <AvailabilitySection viewer={viewer} />
      <ProfileRecordLinks />
      {notificationSection}
      <PasswordSection />
      <ClientMessages components={["modules/accounts/components/sign-out-everywhere"]}>
        <SignOutEverywhere />
      </ClientMessages>
    </div>
  );
}

/** The notification switches, and push on this account's devices when the server has VAPID keys. */
async function NotificationSection({ viewer, outcome }: { viewer: Viewer; outcome?: "saved" | "failed" }) {
  const publicKey = vapidKeysFromEnv()?.publicKey ?? null;
  const [optOuts, devices, format, t] = await Promise.all([
    getOptOuts(db, viewer),
    publicKey ? listPushDevices(db, viewer) : [],
    getFormatter(),
    getTranslations("notifications.push"),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <NotificationSettings optOuts={optOuts} outcome={outcome}>
      {publicKey ? (
        <ClientMessages components={["modules/notifications/components/push-devices"]}>
          <PushDevices
            publicKey={publicKey}
            devices={devices.map((d) => ({
              id: d.id,
              label: d.label,
              endpointHash: d.endpointHash,
              added: date(d.createdAt),
              lastSuccess: d.lastSuccessAt ? date(d.lastSuccessAt) : null,
            }))}
          />
        </ClientMessages>
      ) : (
        <p className="text-sm text-slate-600">{t("unavailable")}</p>
      )}
    </NotificationSettings>
  );
}
