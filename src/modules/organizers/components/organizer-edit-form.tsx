"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { organizerProfileSchema, type OrganizerProfileInput } from "@/modules/accounts/schema";
import { updateOrganizerAction } from "../actions";
import { OrganizerFields } from "./organizer-fields";

export function OrganizerEditForm({ organizerId, initial }: { organizerId: string; initial: OrganizerProfileInput }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<OrganizerProfileInput>({
    resolver: zodResolver(organizerProfileSchema, undefined, { raw: true }),
    defaultValues: initial,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = await updateOrganizerAction(organizerId, values);
    const error = applyServerErrors(result, form.setError);
    if (error || !result.ok) return setFormError(t(error ?? "errors.UNEXPECTED"));
    setSaved(result.data.reverify ? t("organizer.savedReverify") : t("organizer.saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSuccess message={saved} />
      <OrganizerFields form={form} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.wait") : t("common.save")}
      </Button>
    </form>
  );
}
