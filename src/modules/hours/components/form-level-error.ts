import type { ActionResult } from "@/server/errors";

/**
 * The message to show above a form after the server said no: none when it only repeats the
 * error already shown next to a field (a refused amount or date), so it is not said twice.
 */
export function formLevelError(
  result: ActionResult<unknown>,
  key: string | null,
  translate: (key: string) => string,
): string | null {
  if (!key) return null;
  if (!result.ok && Object.values(result.fieldErrors ?? {}).includes(key)) return null;
  return translate(key);
}
