"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { inviteCoordinatorSchema } from "../schema";
import { inviteCoordinatorAction } from "../actions";

export function InviteCoordinatorForm({ organizerId }: { organizerId: string }) {
  const t = useTranslations();
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(
    inviteCoordinatorAction,
    inviteCoordinatorSchema,
    {
      defaultValues: { organizerId, email: "" },
      onSuccess: (_, values): string => {
        form.reset({ organizerId, email: "" });
        return t("invitations.team.sent", { email: values.email.trim().toLowerCase() });
      },
    },
  );
  const error = fieldError("email");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <Field id="email" label={t("invitations.team.email")} hint={t("invitations.team.hint")} error={error} required>
        <input
          id="email"
          type="email"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("invitations.team.submit")}
      </Button>
    </form>
  );
}
