"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { forgotPasswordSchema } from "../schema";
import { requestPasswordResetAction } from "../password-actions";

/** The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ email = "" }: { email?: string }) {
  const t = useTranslations();
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(
    requestPasswordResetAction,
    forgotPasswordSchema,
    {
      defaultValues: { email },
      onSuccess: (_, values) => t("account.forgot.sent", { email: values.email.trim().toLowerCase() }),
    },
  );
  const error = fieldError("email");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <Field id="email" label={t("fields.email")} error={error} required>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("account.forgot.submit")}
      </Button>
    </form>
  );
}
