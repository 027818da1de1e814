"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { deleteAccountSchema, type DeleteAccountInput } from "../schema";
import { deleteAccountAction } from "../actions";

/**
 * Deleting the account: the person types their email address to confirm. On success every
 * session is already void on the server; signing out clears this browser's cookie too.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const form = useForm<DeleteAccountInput>({
    resolver: zodResolver(deleteAccountSchema, undefined, { raw: true }),
    defaultValues: { email: "" },
  });
  const error = form.formState.errors.email?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await deleteAccountAction(values);
    const message = applyServerErrors(result, form.setError);
    if (message) return setFormError(t(message));
    setDeleted(true);
    await signOut({ callbackUrl: `/${locale}/my/data?deleted=1` });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="delete-account-form">
      <FormError message={formError} />
      <Field
        id="delete-email"
        label={t("records.data.delete.email")}
        hint={t("records.data.delete.emailHint", { email })}
        error={error ? t(error) : undefined}
        required
      >
        <input
          id="delete-email"
          type="email"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!error}
          aria-describedby={error ? "delete-email-hint delete-email-error" : "delete-email-hint"}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting || deleted}>
        {form.formState.isSubmitting || deleted ? t("common.wait") : t("records.data.delete.button")}
      </Button>
    </form>
  );
}
