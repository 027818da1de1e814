"use client";
import { z } from "zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter as useNextRouter } from "next/navigation";
import { useRouter } from "@/i18n/navigation";
import { InputField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
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
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(signInAction, schema, {
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
  const { register } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <InputField
        id="email"
        type="email"
        label={t("fields.email")}
        error={fieldError("email")}
        autoComplete="email"
        registration={register("email")}
      />
      <InputField
        id="password"
        type="password"
        label={t("fields.password")}
        error={fieldError("password")}
        autoComplete="current-password"
        registration={register("password")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("signIn.submit")}
      </Button>
    </form>
  );
}
