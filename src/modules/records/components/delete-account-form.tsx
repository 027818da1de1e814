"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { deleteAccountSchema } from "../schema";
import { deleteAccountAction } from "../actions";

/**
 * Deleting the account: the person types their email address to confirm. On success every
 * session is already void on the server; signing out clears this browser's cookie too.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [deleted, setDeleted] = useState(false);
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(deleteAccountAction, deleteAccountSchema, {
    defaultValues: { email: "" },
    onSuccess: async () => {
      setDeleted(true);
      await signOut({ callbackUrl: `/${locale}/my/data?deleted=1` });
    },
  });
  const error = fieldError("email");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="delete-account-form">
      <ErrorSummary summary={summary} />
      <Field
        id="delete-email"
        label={t("records.data.delete.email")}
        hint={t("records.data.delete.emailHint", { email })}
        error={error}
        required
      >
        <input
          id="delete-email"
          type="email"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" variant="danger" disabled={pending || deleted}>
        {pending || deleted ? t("common.wait") : t("records.data.delete.button")}
      </Button>
    </form>
  );
}
