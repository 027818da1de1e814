"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { inviteCoordinatorSchema, type InviteCoordinatorInput } from "../schema";
import { inviteCoordinatorAction } from "../actions";

export function InviteCoordinatorForm({ organizerId }: { organizerId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<InviteCoordinatorInput>({
    resolver: zodResolver(inviteCoordinatorSchema, undefined, { raw: true }),
    defaultValues: { organizerId, email: "" },
  });
  const error = form.formState.errors.email?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await inviteCoordinatorAction(values);
    const message = applyServerErrors(result, form.setError);
    if (message) return setFormError(t(message));
    setDone(t("invitations.team.sent", { email: values.email.trim().toLowerCase() }));
    form.reset({ organizerId, email: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <Field
        id="email"
        label={t("invitations.team.email")}
        hint={t("invitations.team.hint")}
        error={error ? t(error) : undefined}
        required
      >
        <input
          id="email"
          type="email"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!error}
          aria-describedby="email-hint"
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("invitations.team.submit")}
      </Button>
    </form>
  );
}
