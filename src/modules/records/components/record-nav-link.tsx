import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/modules/accounts/session";

/** The header's link to the volunteer's record; volunteers only. */
export async function RecordNavLink({ className = "hover:underline" }: { className?: string }) {
  const viewer = await getViewer();
  if (!viewer?.volunteer) return null;
  const t = await getTranslations("records.nav");
  return (
    <Link href="/my/record" className={className}>
      {t("record")}
    </Link>
  );
}
