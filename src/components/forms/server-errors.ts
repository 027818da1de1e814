import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/server/errors";

/**
 * Puts the server's field errors next to the fields (keeping what was typed) and returns the
 * form-level message key, or null when the action succeeded.
 */
export function applyServerErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): string | null {
  if (result.ok) return null;
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
    setError(field as Path<T>, { type: "server", message });
  }
  return result.error;
}
