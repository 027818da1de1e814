"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { removeStaffAction } from "../actions";

/** Removing an appointment asks for confirmation first. */
export function RemoveStaffButton({ userId, regionCode, name, region }: { userId: string; regionCode: string; name: string; region: string }) {
  const t = useTranslations("staff");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      className="rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50"
      onClick={async () => {
        if (!window.confirm(t("confirmRemove", { name, region }))) return;
        setBusy(true);
        await removeStaffAction({ userId, regionCode });
        setBusy(false);
        router.refresh();
      }}
    >
      {t("remove")}
    </button>
  );
}
