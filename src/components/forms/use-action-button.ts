"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { validationMessages, type ActionFn } from "./action-outcome";
import { useFieldMessage } from "./field-message";

/**
 * An action behind a button, without a form (withdraw, remove, mark read, accept an invitation):
 * runs it, reports a refusal translated, and is pending until the page has re-rendered with the
 * change (the action revalidates; nothing calls router.refresh()).
 */
export function useActionButton<Input, Data>(
  action: ActionFn<Input, Data>,
  options: { onSuccess?: (data: Data, input: Input) => unknown } = {},
) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const fieldMessage = useFieldMessage();
  // The refusal as shown: the server's translation, or a key of ours translated here.
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ data: Data } | null>(null);

  const run = (input: Input) =>
    new Promise<void>((resolve) =>
      startTransition(async () => {
        setError(null);
        setDone(null);
        try {
          const result = await action(input);
          if (result?.serverError) setError(result.serverError.text ?? result.serverError.message);
          else if (result?.validationErrors)
            setError(
              fieldMessage({ message: validationMessages(result.validationErrors).find(([f]) => f === "")?.[1] }) ??
                t("errors.INVALID_INPUT"),
            );
          else if (result) {
            setDone({ data: result.data as Data });
            await options.onSuccess?.(result.data as Data, input);
          }
        } catch {
          setError(t("errors.UNEXPECTED"));
        }
        resolve();
      }),
    );

  return {
    run,
    pending,
    /** The translated refusal of the last run, or null. */
    error,
    /** The last run succeeded; `data` is what it answered. */
    done: done !== null,
    data: done?.data,
    /** Forgets the last run's outcome. */
    reset: () => {
      setError(null);
      setDone(null);
    },
  };
}
