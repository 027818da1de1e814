"use client";
import type { UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormSuccess } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { OrganizerProfileInput } from "@/modules/accounts/schema";
import { updateOrganizerSchema } from "../schema";
import { updateOrganizerAction } from "../actions";
import { OrganizerFields } from "./organizer-fields";

export function OrganizerEditForm({ organizerId, initial }: { organizerId: string; initial: OrganizerProfileInput }) {
  const t = useTranslations();
  const { form, onSubmit, summary, success, pending } = useActionForm(updateOrganizerAction, updateOrganizerSchema, {
    defaultValues: { ...initial, organizerId },
    onSuccess: (data) => (data.reverify ? t("organizer.savedReverify") : t("organizer.saved")),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <OrganizerFields form={form as unknown as UseFormReturn<OrganizerProfileInput>} />
      <Button type="submit" disabled={pending}>
        {pending ? t("common.wait") : t("common.save")}
      </Button>
    </form>
  );
}
