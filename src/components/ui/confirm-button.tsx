"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/server/errors";

/** A destructive button: asks for confirmation, runs the action, reports a refusal, refreshes. */
export function ConfirmButton({
  label,
  confirm,
  run,
}: {
  label: string;
  confirm: string;
  run: () => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={busy}
        className="rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50"
        onClick={async () => {
          if (!window.confirm(confirm)) return;
          setBusy(true);
          setError(null);
          const result = await run();
          setBusy(false);
          if (!result.ok) return setError(t(result.error));
          router.refresh();
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
