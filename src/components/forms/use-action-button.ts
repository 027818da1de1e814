"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { validationMessages, type ActionFn } from "./action-outcome";

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
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [done, setDone] = useState<{ data: Data } | null>(null);

  const run = (input: Input) =>
    new Promise<void>((resolve) =>
      startTransition(async () => {
        setErrorKey(null);
        setDone(null);
        try {
          const result = await action(input);
          if (result?.serverError) setErrorKey(result.serverError.message);
          else if (result?.validationErrors)
            setErrorKey(
              validationMessages(result.validationErrors).find(([f]) => f === "")?.[1] ?? "errors.INVALID_INPUT",
            );
          else if (result) {
            setDone({ data: result.data as Data });
            await options.onSuccess?.(result.data as Data, input);
          }
        } catch {
          setErrorKey("errors.UNEXPECTED");
        }
        resolve();
      }),
    );

  return {
    run,
    pending,
    /** The translated refusal of the last run, or null. */
    error: errorKey ? t(errorKey) : null,
    /** The last run succeeded; `data` is what it answered. */
    done: done !== null,
    data: done?.data,
    /** Forgets the last run's outcome. */
    reset: () => {
      setErrorKey(null);
      setDone(null);
    },
  };
}
