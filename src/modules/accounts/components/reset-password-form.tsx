"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormSuccess, InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { resetPasswordSchema } from "../schema";
import { resetPasswordAction } from "../password-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const { form, onSubmit, summary, formErrorKey, fieldError, pending } = useActionForm(
    resetPasswordAction,
    resetPasswordSchema,
    {
      defaultValues: { token, password: "", confirmPassword: "" },
      onSuccess: async () => {
        // Every session of the account has ended on the server; drop this browser's cookie too.
        await signOut({ redirect: false });
        setDone(true);
      },
    },
  );
  const linkRefused = formErrorKey?.startsWith("account.link.") ?? false;

  if (done) {
    return (
      <div className="space-y-3">
        <FormSuccess message={t("account.reset.done")} />
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("account.reset.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      {linkRefused ? (
        <Link href="/forgot-password" className="block font-semibold text-brand-700 underline">
          {t("account.reset.requestNew")}
        </Link>
      ) : null}
      <InputField
        id="password"
        type="password"
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        error={fieldError("password")}
        required
        autoComplete="new-password"
        registration={form.register("password")}
      />
      <InputField
        id="confirmPassword"
        type="password"
        label={t("account.password.confirm")}
        error={fieldError("confirmPassword")}
        required
        autoComplete="new-password"
        registration={form.register("confirmPassword")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("account.reset.submit")}
      </Button>
    </form>
  );
}
