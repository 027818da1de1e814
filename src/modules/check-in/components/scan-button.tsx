"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { checkInAction } from "../actions";

/** The scanning page's one button; the page re-renders with the new state once it is done. */
export function ScanButton({ code, step }: { code: string; step: "IN" | "OUT" }) {
  const t = useTranslations("checkIn.scan");
  const { run, pending, error } = useActionButton(checkInAction);
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Button
        type="button"
        className="w-full py-4 text-lg sm:w-auto"
        disabled={pending}
        onClick={() => void run({ code, step })}
        data-testid="check-in-button"
      >
        {step === "IN" ? t("checkIn") : t("checkOut")}
      </Button>
    </div>
  );
}
