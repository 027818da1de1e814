"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { forgotPasswordSchema, type ForgotPasswordInput } from "../schema";
import { requestPasswordResetAction } from "../password-actions";

/** The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ email = "" }: { email?: string }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema, undefined, { raw: true }),
    defaultValues: { email },
  });
  const error = form.formState.errors.email?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    const result = await requestPasswordResetAction(values);
    const message = applyServerErrors(result, form.setError);
    if (message) return setFormError(t(message));
    setSentTo(values.email.trim().toLowerCase());
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormSuccess message={sentTo ? t("account.forgot.sent", { email: sentTo }) : null} />
      <Field id="email" label={t("fields.email")} error={error ? t(error) : undefined} required>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting} className="w-full">
        {form.formState.isSubmitting ? t("common.wait") : t("account.forgot.submit")}
      </Button>
    </form>
  );
}
