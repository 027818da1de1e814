"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter as useNextRouter } from "next/navigation";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { safeReturnPath } from "@/domain/return-path";

const schema = z.object({
  email: z.string().trim().min(1, "validation.required").email("validation.email"),
  password: z.string().min(1, "validation.required"),
});

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const nextRouter = useNextRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema, undefined, { raw: true }),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(result?.error === "RATE_LIMITED" ? t("errors.RATE_LIMITED") : t("signIn.wrong"));
      return;
    }
    // `next` must resolve to a path of ours that carries its locale; anything else goes home.
    const back = safeReturnPath(next, window.location.origin);
    if (back) nextRouter.push(back);
    else router.push("/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={error} />
      <Field id="email" label={t("fields.email")} error={errors.email?.message && t(errors.email.message)}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...register("email")}
        />
      </Field>
      <Field id="password" label={t("fields.password")} error={errors.password?.message && t(errors.password.message)}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...register("password")}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? t("common.wait") : t("signIn.submit")}
      </Button>
    </form>
  );
}
