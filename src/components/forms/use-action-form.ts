"use client";
import { useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { validationMessages, type ActionFn } from "./action-outcome";
import { useFieldMessage } from "./field-message";

/**
 * The one form scaffold: react-hook-form checked in the browser by the same zod schema the
 * action parses, submitted to the action, and the server's answer mapped back. A refusal about
 * a field (a taken email, a refused amount) appears next to that field, said once; anything else
 * above the form. The server's refusals arrive translated; the browser's own check gives message
 * keys, translated here (useFieldMessage). What the person typed stays when the server says no. On success the action has already re-rendered the
 * page (revalidatePath), so `onSuccess` only says so (the text it returns is shown until the
 * next submit), resets or navigates: no router.refresh().
 */
export function useActionForm<Values extends FieldValues, Data>(
  action: ActionFn<Values, Data>,
  schema: z.ZodType<unknown, Values>,
  options: {
    defaultValues: DefaultValues<Values>;
    onSuccess?: (data: Data, values: Values) => string | void | Promise<string | void>;
  },
) {
  const t = useTranslations();
  const fieldMessage = useFieldMessage();
  // The key (some forms act on which refusal it was) and the text shown above the form.
  const [formErrorState, setFormError] = useState<{ key: string; text: string } | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: options.defaultValues,
  });

  /** `text` is the server's translation; a refusal without one (the schema's) is a key of ours. */
  const refuse = (field: string, key: string, text: string | undefined, shouldFocus: boolean) => {
    // A field the form does not have (or an error about the whole input) is said above the form.
    if (!field || form.getValues(field as Path<Values>) === undefined) {
      return setFormError({ key, text: text ?? fieldMessage({ message: key }) ?? key });
    }
    form.setError(field as Path<Values>, text ? { type: "server", message: text } : { message: key }, { shouldFocus });
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    let result;
    try {
      result = await action(values);
    } catch {
      // The request itself failed (offline, server restarting): nothing was decided.
      return setFormError({ key: "errors.UNEXPECTED", text: t("errors.UNEXPECTED") });
    }
    if (!result) return;
    if (result.serverError) {
      const { field, message, text } = result.serverError;
      return refuse(field ?? "", message, text, true);
    }
    if (result.validationErrors) {
      const messages = validationMessages(result.validationErrors);
      messages.forEach(([field, message], i) => refuse(field, message, undefined, i === 0));
      if (!messages.some(([field]) => field === "")) {
        setFormError({ key: "errors.INVALID_INPUT", text: t("errors.INVALID_INPUT") });
      }
      return;
    }
    const said = await options.onSuccess?.(result.data as Data, values);
    if (typeof said === "string") setSuccess(said);
  });

  return {
    form,
    onSubmit,
    /** The translated message above the form, or null; formErrorKey is its key. */
    formError: formErrorState?.text ?? null,
    formErrorKey: formErrorState?.key ?? null,
    /** What onSuccess said, until the next submit. */
    success,
    /** The translated error next to one field. */
    fieldError: (name: Path<Values>): string | undefined =>
      fieldMessage(get(form.formState.errors, name) as { type?: string; message?: string } | undefined),
    pending: form.formState.isSubmitting,
    /** Forgets the last submit's form-level outcome (another action of the same panel ran). */
    clearOutcome: () => {
      setFormError(null);
      setSuccess(null);
    },
  };
}
