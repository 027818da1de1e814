import { getTranslations } from "next-intl/server";

export async function VerificationBadge({ status }: { status: "PENDING" | "VERIFIED" | "REJECTED" }) {
  const t = await getTranslations("organizer.status");
  const style = {
    VERIFIED: "bg-green-100 text-green-800 border-green-300",
    PENDING: "bg-amber-100 text-amber-900 border-amber-300",
    REJECTED: "bg-red-100 text-red-800 border-red-300",
  }[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm font-semibold ${style}`}
      data-testid="verification-badge"
    >
      {status === "VERIFIED" ? <span aria-hidden>✓</span> : null}
      {t(status)}
    </span>
  );
}
