"use client";
import { z } from "zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter as useNextRouter } from "next/navigation";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionOutcome } from "@/components/forms/action-outcome";
import { safeReturnPath } from "@/domain/return-path";

const schema = z.object({
  email: z.string().trim().min(1, "validation.required").email("validation.email"),
  password: z.string().min(1, "validation.required"),
});
type Credentials = z.infer<typeof schema>;

/** next-auth's sign-in endpoint, answered in the shape of our actions so the one form hook handles it. */
async function signInAction(values: Credentials): Promise<ActionOutcome<true>> {
  const result = await signIn("credentials", { ...values, redirect: false });
  if (!result || result.error)
    return { serverError: { message: result?.error === "RATE_LIMITED" ? "errors.RATE_LIMITED" : "signIn.wrong" } };
  return { data: true };
}

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const nextRouter = useNextRouter();
  const { form, onSubmit, formError, fieldError, pending } = useActionForm(signInAction, schema, {
    defaultValues: { email: "", password: "" },
    onSuccess: () => {
      // `next` must resolve to a path of ours that carries its locale; anything else goes home.
      const back = safeReturnPath(next, window.location.origin);
      if (back) nextRouter.push(back);
      else router.push("/");
      // The session changed outside any action: the header in the shared layout must show it.
      router.refresh();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="email" label={t("fields.email")} error={fieldError("email")}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...register("email")}
        />
      </Field>
      <Field id="password" label={t("fields.password")} error={fieldError("password")}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...register("password")}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("signIn.submit")}
      </Button>
    </form>
  );
}
