import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";

/** Type a code: a plain GET form, so it works without JavaScript and keeps what was typed. */
export function VerifyForm({
  locale,
  defaultValue = "",
  error,
}: {
  locale: string;
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations("records.verify");
  return (
    <form
      action={`/${locale}/verify`}
      method="get"
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
      role="search"
      aria-label={t("title")}
    >
      <div className="flex-1">
        <Field id="code" label={t("code")} hint={t("codeHint")} error={error}>
          <input
            id="code"
            name="code"
            defaultValue={defaultValue}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            className={`${inputClass} font-mono uppercase tracking-wider`}
            aria-invalid={!!error}
            aria-describedby={error ? "code-hint code-error" : "code-hint"}
          />
        </Field>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 sm:mt-6"
      >
        {t("submit")}
      </button>
    </form>
  );
}
