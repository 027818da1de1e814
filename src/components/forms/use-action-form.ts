"use client";
import { useEffect, useRef, useState } from "react";
import { get, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { usePathname } from "@/i18n/navigation";
import { validationMessages, type ActionFn } from "./action-outcome";
import { useFieldMessage } from "./field-message";
import type { FormErrorSummary } from "./error-summary";
import { changedValues, onStashRequest, takeStash, writeStash } from "./form-stash";
import { focusAfterAction } from "./focus-after-action";

type Leaf = { type?: unknown; message?: unknown };

/** Every field error of react-hook-form's nested errors as [name, error], "roles.0.title" style. */
function fieldErrors(errors: FieldErrors, path: string[] = []): [string, Leaf][] {
  const out: [string, Leaf][] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const leaf = value as Leaf;
    const name = key === "root" ? path.join(".") : [...path, key].join(".");
    if (typeof leaf.message === "string" && leaf.message) out.push([name, leaf]);
    out.push(...fieldErrors(value as FieldErrors, key === "root" ? path : [...path, key]));
  }
  return out;
}

/**
 * The one form scaffold: react-hook-form checked in the browser by the same zod schema the
 * action parses, submitted to the action, and the server's answer mapped back. A refusal about
 * a field (a taken email, a refused amount) appears next to that field and in the error summary
 * at the top of the form (`<ErrorSummary summary={summary} />`), which takes the focus after a
 * failed submit; anything else is said in the summary alone. The server's refusals arrive
 * translated; the browser's own check gives message keys, translated here (useFieldMessage).
 * What the person typed stays when the server says no, and when they switch the language
 * (form-stash.ts; `id` tells apart forms of the same fields on one page). On success the action
 * has already re-rendered the page (revalidatePath), so `onSuccess` only says so (the text it
 * returns is shown until the next submit), resets or navigates: no router.refresh(). Focus then
 * goes to the result or the new page's heading if the submit button is gone.
 */
export function useActionForm<Values extends FieldValues, Data>(
  action: ActionFn<Values, Data>,
  schema: z.ZodType<unknown, Values>,
  options: {
    defaultValues: DefaultValues<Values>;
    onSuccess?: (data: Data, values: Values) => string | void | Promise<string | void>;
    /** Tells apart forms with the same fields on one page (one per role): their values are stashed apart. */
    id?: string;
    /** Values for the placeholders of the schema's messages ("between {min} and {max}"). */
    messageValues?: Record<string, string | number>;
  },
) {
  const t = useTranslations();
  const fieldMessage = useFieldMessage();
  // The key (some forms act on which refusal it was) and the text shown above the form.
  const [formErrorState, setFormError] = useState<{ key: string; text: string } | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  // Counted by every failed submit: the summary takes the focus once it has rendered with the
  // errors (react-hook-form publishes them after calling onInvalid, so not necessarily at once).
  const [failures, setFailures] = useState(0);
  const focusedFailures = useRef(0);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: options.defaultValues,
    // The summary takes the focus instead; its links lead to each field.
    shouldFocusError: false,
  });

  const pathname = usePathname();
  const stashKey = `${pathname}#${
    options.id ??
    Object.keys(options.defaultValues ?? {})
      .sort()
      .join(",")
  }`;
  useEffect(() => {
    const stashed = takeStash(stashKey);
    if (stashed) form.reset({ ...form.getValues(), ...stashed }, { keepDefaultValues: true });
    return onStashRequest(() =>
      writeStash(
        stashKey,
        changedValues(form.getValues(), form.formState.defaultValues as Record<string, unknown> | undefined),
      ),
    );
  }, [stashKey, form]);

  useEffect(() => {
    if (failures > focusedFailures.current && summaryRef.current) {
      focusedFailures.current = failures;
      summaryRef.current.focus();
    }
  });

  /** `text` is the server's translation; a refusal without one (the schema's) is a key of ours. */
  const refuse = (field: string, key: string, text: string | undefined) => {
    // A field the form does not have (or an error about the whole input) is said above the form.
    if (!field || form.getValues(field as Path<Values>) === undefined) {
      return setFormError({ key, text: text ?? fieldMessage({ message: key }) ?? key });
    }
    form.setError(field as Path<Values>, text ? { type: "server", message: text } : { message: key });
  };
  const failed = () => setFailures((n) => n + 1);

  const onSubmit = form.handleSubmit(async (values) => {
    const submitter = typeof document === "undefined" ? null : document.activeElement;
    setFormError(null);
    setSuccess(null);
    let result;
    try {
      result = await action(values);
    } catch {
      // The request itself failed (offline, server restarting): nothing was decided.
      setFormError({ key: "errors.UNEXPECTED", text: t("errors.UNEXPECTED") });
      return failed();
    }
    if (!result) return;
    if (result.serverError) {
      const { field, message, text } = result.serverError;
      refuse(field ?? "", message, text);
      return failed();
    }
    if (result.validationErrors) {
      // Said next to each field and listed in the summary; a refusal of the whole input above.
      const messages = validationMessages(result.validationErrors);
      messages.forEach(([field, message]) => refuse(field, message, undefined));
      if (messages.length === 0) setFormError({ key: "errors.INVALID_INPUT", text: t("errors.INVALID_INPUT") });
      return failed();
    }
    writeStash(stashKey, null);
    const said = await options.onSuccess?.(result.data as Data, values);
    if (typeof said === "string") setSuccess(said);
    focusAfterAction(submitter);
  }, failed);

  const errors = form.formState.errors;
  const fieldError = (name: Path<Values>): string | undefined =>
    fieldMessage(get(errors, name) as Leaf | undefined, options.messageValues);
  const summary: FormErrorSummary = {
    formError: formErrorState?.text ?? null,
    fields: fieldErrors(errors).flatMap(([name, error]) => {
      const message = fieldMessage(error, options.messageValues);
      return message ? [{ name, message }] : [];
    }),
    ref: summaryRef,
  };

  return {
    form,
    onSubmit,
    /** The translated message above the form, or null; formErrorKey is its key. */
    formError: formErrorState?.text ?? null,
    formErrorKey: formErrorState?.key ?? null,
    /** For `<ErrorSummary summary={summary} />` at the top of the form. */
    summary,
    /** What onSuccess said, until the next submit. */
    success,
    /** The translated error next to one field. */
    fieldError,
    pending: form.formState.isSubmitting,
    /** Forgets the last submit's form-level outcome (another action of the same panel ran). */
    clearOutcome: () => {
      setFormError(null);
      setSuccess(null);
    },
  };
}
