"use client";
import { useTranslations } from "next-intl";
import { SessionProvider, useSession } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordSchema } from "../schema";
import { changePasswordAction } from "../password-actions";

/**
 * Changing the password ends every session of the account on the server (sessionVersion); this
 * browser then asks next-auth to renew its own token (update(), whose jwt callback re-reads the
 * version), so the person stays signed in here and only the other devices are signed out.
 */
export function ChangePasswordForm() {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <ChangePasswordFields />
    </SessionProvider>
  );
}

function ChangePasswordFields() {
  const t = useTranslations();
  const { update } = useSession();
  const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };
  const {
    form,
    onSubmit,
    formError,
    success,
    fieldError: error,
    pending,
  } = useActionForm(changePasswordAction, changePasswordSchema, {
    defaultValues: empty,
    onSuccess: async (): Promise<string> => {
      await update();
      form.reset(empty);
      return t("account.password.changed");
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="change-password">
      <FormError message={formError} />
      <FormSuccess message={success} />
      <Field id="currentPassword" label={t("account.password.current")} error={error("currentPassword")} required>
        <input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.currentPassword}
          {...form.register("currentPassword")}
        />
      </Field>
      <Field
        id="newPassword"
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        error={error("newPassword")}
        required
      >
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.newPassword}
          aria-describedby="newPassword-hint"
          {...form.register("newPassword")}
        />
      </Field>
      <Field id="confirmPassword" label={t("account.password.confirm")} error={error("confirmPassword")} required>
        <input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.confirmPassword}
          {...form.register("confirmPassword")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("common.wait") : t("account.password.submit")}
      </Button>
    </form>
  );
}
