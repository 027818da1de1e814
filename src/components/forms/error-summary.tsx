"use client";
import { useLayoutEffect, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";

/** What the form hook knows after a failed submit (useActionForm().summary). */
export type FormErrorSummary = {
  /** The refusal about the form as a whole, translated, or null. */
  formError: string | null;
  /** Each field's error, translated, by field name ("email", "roles.0.title"). */
  fields: { name: string; message: string }[];
  /** The box the hook focuses after a failed submit. */
  ref: RefObject<HTMLDivElement | null>;
};

type Item = { name: string; message: string; target: string | null; label: string | null };

/** The words of a control's label (or its group's legend), without the required mark. */
function labelOf(el: HTMLElement | null): string | null {
  if (!el) return null;
  const label =
    document.querySelector(`label[for="${CSS.escape(el.id)}"]`) ?? el.closest("fieldset")?.querySelector("legend");
  const text = label?.textContent?.replace(/\s*\*\s*$/, "").trim();
  return text || null;
}

/** The element of a field, by its name inside the same form: the control its link focuses. */
function controlOf(scope: ParentNode, name: string): HTMLElement | null {
  const el = scope.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  if (!el || !el.id || (el instanceof HTMLInputElement && el.type === "hidden")) return null;
  return el;
}

/**
 * The error summary at the top of a form (GOV.UK's pattern): after a failed submit it takes the
 * focus, says there is a problem and lists each field's error as a link to that field, in the
 * order of the form. A refusal about the whole form is said here too (role="alert").
 */
export function ErrorSummary({ summary, message }: { summary: FormErrorSummary; message?: string | null }) {
  const t = useTranslations("forms");
  const text = message ?? summary.formError;
  const { fields, ref } = summary;
  const [items, setItems] = useState<Item[]>([]);
  // The hook builds a new list each render; it changed only when this key did.
  const key = JSON.stringify(fields);

  // Ids and order come from the rendered form: a field's id is its own (motivation-<role>).
  useLayoutEffect(() => {
    const scope: ParentNode = ref.current?.closest("form") ?? document;
    const found = fields.map((f) => ({ ...f, el: controlOf(scope, f.name) }));
    found.sort((a, b) =>
      a.el && b.el ? (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0,
    );
    setItems(found.map(({ el, ...f }) => ({ ...f, target: el?.id ?? null, label: labelOf(el) })));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `fields`
  }, [key, ref]);

  if (!text && fields.length === 0) return null;
  const go = (id: string) => (e: React.MouseEvent) => {
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    // The label (or the group's legend) in view above the control, as the browser would not.
    const label =
      document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el.closest("fieldset")?.querySelector("legend");
    (label ?? el).scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none focus:ring-4 focus:ring-amber-400"
      data-testid="error-summary"
    >
      {fields.length ? <h2 className="text-base font-bold">{t("errorSummary")}</h2> : null}
      {text ? (
        <p role="alert" className="font-medium">
          {text}
        </p>
      ) : null}
      {items.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.name}>
              {item.target ? (
                <a href={`#${item.target}`} onClick={go(item.target)} className="font-semibold underline">
                  {/* Which field: several may say "Please fill in this field." */}
                  {item.label ? `${item.label}: ` : null}
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
