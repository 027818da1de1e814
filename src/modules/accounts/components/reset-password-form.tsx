"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { resetPasswordSchema, type ResetPasswordInput } from "../schema";
import { resetPasswordAction } from "../password-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [linkRefused, setLinkRefused] = useState(false);
  const [done, setDone] = useState(false);
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema, undefined, { raw: true }),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values);
    const message = applyServerErrors(result, form.setError);
    if (message) {
      setLinkRefused(message.startsWith("account.link."));
      return setFormError(t(message));
    }
    // Every session of the account has ended on the server; drop this browser's cookie too.
    await signOut({ redirect: false });
    setDone(true);
  });

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
      <FormError message={formError} />
      {linkRefused ? (
        <Link href="/forgot-password" className="block font-semibold text-brand-700 underline">
          {t("account.reset.requestNew")}
        </Link>
      ) : null}
      <Field
        id="password"
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        error={errors.password?.message && t(errors.password.message)}
        required
      >
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby="password-hint"
          {...form.register("password")}
        />
      </Field>
      <Field
        id="confirmPassword"
        label={t("account.password.confirm")}
        error={errors.confirmPassword?.message && t(errors.confirmPassword.message)}
        required
      >
        <input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.confirmPassword}
          {...form.register("confirmPassword")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting} className="w-full">
        {form.formState.isSubmitting ? t("common.wait") : t("account.reset.submit")}
      </Button>
    </form>
  );
}
