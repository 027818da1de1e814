import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/domain/locales";

const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

/**
 * A PDF download as a plain GET form: the language to choose (the person's own by default) and a
 * button. Works without JavaScript; the route handler answers with the file.
 */
export function DownloadForm(props: {
  action: string;
  defaultLocale: Locale;
  label: string;
  srSuffix?: string;
  id: string;
  testId?: string;
}) {
  const { action, defaultLocale, label, srSuffix, id, testId } = props;
  const t = useTranslations("records.page");
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2" data-testid={testId}>
      <div className="flex flex-col">
        <label htmlFor={id} className="text-xs text-slate-600">
          {t("language")}
          {srSuffix ? <span className="sr-only">: {srSuffix}</span> : null}
        </label>
        <select
          id={id}
          name="locale"
          defaultValue={defaultLocale}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border border-brand-600 bg-white px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {label}
        {srSuffix ? <span className="sr-only">: {srSuffix}</span> : null}
      </button>
    </form>
  );
}
