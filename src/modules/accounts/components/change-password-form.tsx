"use client";
import { useTranslations } from "next-intl";
import { SessionProvider, useSession } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormSuccess, InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
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
    summary,
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
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="change-password">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <InputField
        id="currentPassword"
        type="password"
        label={t("account.password.current")}
        error={error("currentPassword")}
        required
        autoComplete="current-password"
        registration={form.register("currentPassword")}
      />
      <InputField
        id="newPassword"
        type="password"
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        error={error("newPassword")}
        required
        autoComplete="new-password"
        registration={form.register("newPassword")}
      />
      <InputField
        id="confirmPassword"
        type="password"
        label={t("account.password.confirm")}
        error={error("confirmPassword")}
        required
        autoComplete="new-password"
        registration={form.register("confirmPassword")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("common.wait") : t("account.password.submit")}
      </Button>
    </form>
  );
}
