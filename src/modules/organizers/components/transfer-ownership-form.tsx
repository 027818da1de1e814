"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { transferOwnershipSchema } from "../schema";
import { transferOwnershipAction } from "../actions";

type Coordinator = { id: string; name: string; email: string };

/**
 * Handing the organizer over, in two steps: choose a coordinator, then confirm on a panel that
 * names them and says what changes for both sides. A refusal brings the choice back with the
 * reason next to it.
 */
export function TransferOwnershipForm(props: {
  organizerId: string;
  organizerName: string;
  slug: string;
  coordinators: Coordinator[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const [chosen, setChosen] = useState<Coordinator | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const { form, onSubmit, formError, summary, fieldError, pending, clearOutcome } = useActionForm(
    transferOwnershipAction,
    transferOwnershipSchema,
    {
      defaultValues: { organizerId: props.organizerId, userId: "" },
      // The team page, now with the new owner; this person's controls change with it.
      onSuccess: () => router.replace(`/organizers/${props.slug}/members?transferred=1`),
    },
  );
  const error = fieldError("userId");
  const busy = pending;
  // A refusal closes the confirmation and shows the choice again, with the reason.
  const confirming = chosen !== null && !formError && !error;

  // Keyboard and screen reader users land on the question they are asked.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const onContinue = form.handleSubmit((values) => {
    clearOutcome();
    setChosen(props.coordinators.find((c) => c.id === values.userId) ?? null);
  });

  if (confirming) {
    return (
      <div
        className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4"
        role="group"
        aria-labelledby="transfer-confirm-title"
        data-testid="transfer-confirm"
        onKeyDown={(e) => {
          if (e.key === "Escape" && !busy) setChosen(null);
        }}
      >
        <h3
          id="transfer-confirm-title"
          ref={confirmHeading}
          tabIndex={-1}
          className="text-base font-semibold text-amber-950 focus:outline-none"
        >
          {t("members.transfer.confirmTitle", { name: chosen.name })}
        </h3>
        <p className="text-sm text-amber-950">
          {t("members.transfer.confirmText", {
            name: chosen.name,
            email: chosen.email,
            organizer: props.organizerName,
          })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="danger" disabled={busy} onClick={() => void onSubmit()}>
            {busy ? t("common.wait") : t("members.transfer.confirm", { name: chosen.name })}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => setChosen(null)}>
            {t("members.transfer.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onContinue} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <Field id="newOwner" label={t("members.transfer.newOwner")} error={error} required>
        <select id="newOwner" className={inputClass} aria-invalid={!!error} {...form.register("userId")}>
          <option value="">{t("common.choose")}</option>
          {props.coordinators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("members.transfer.continue")}
      </Button>
    </form>
  );
}
