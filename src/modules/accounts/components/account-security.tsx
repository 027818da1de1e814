import { getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { Link } from "@/i18n/navigation";
import { listMyInvitations } from "@/modules/organizers/invitations";
import type { Viewer } from "../viewer";
import { ChangePasswordForm } from "./change-password-form";
import { EmailConfirmationNotice } from "./email-confirmation-notice";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

/** The top of the profile: the address still to confirm, team invitations waiting for an answer. */
export async function AccountNotices({ viewer }: { viewer: Viewer }) {
  const [t, invitations] = await Promise.all([getTranslations(), listMyInvitations(db, viewer)]);
  return (
    <>
      {viewer.emailConfirmed ? null : (
        <ClientMessages components={["modules/accounts/components/email-confirmation-notice"]}>
          <EmailConfirmationNotice email={viewer.email} />
        </ClientMessages>
      )}
      {invitations.length > 0 ? (
        <p
          role="status"
          className="rounded-md border border-brand-600/30 bg-white px-4 py-3 text-sm"
          data-testid="invitations-waiting"
        >
          {t("invitations.waiting", { count: invitations.length })}{" "}
          <Link href="/invitations" className="font-semibold text-brand-700 underline">
            {t("account.confirm.openInvitations")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export async function PasswordSection() {
  const t = await getTranslations("account.password");
  return (
    <Card as="section" aria-labelledby="password-title" className="p-4 sm:p-6">
      <h2 id="password-title" className="mb-4 text-lg font-semibold">
        {t("title")}
      </h2>
      <ClientMessages components={["modules/accounts/components/change-password-form"]}>
        <ChangePasswordForm />
      </ClientMessages>
    </Card>
  );
}
