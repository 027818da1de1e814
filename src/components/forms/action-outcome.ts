import type { ActionError } from "@/server/errors";

/**
 * What every server action answers (next-safe-action's result, src/server/action-client.ts):
 * `data` when it was done, `validationErrors` when the input did not fit the schema,
 * `serverError` when the server refused. `undefined` when the action navigated away.
 */
export type ActionOutcome<Data> = { data?: Data; serverError?: ActionError; validationErrors?: unknown } | undefined;

export type ActionFn<Input, Data> = (input: Input) => Promise<ActionOutcome<Data>>;

/**
 * The message keys in next-safe-action's validation errors (`{ email: { _errors: [key] },
 * roles: { 0: { title: { _errors: [key] } } } }`) as [path, key] pairs, "roles.0.title" style;
 * errors about the input as a whole have the path "".
 */
export function validationMessages(errors: unknown, path: string[] = []): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors" && Array.isArray(value)) {
      if (value.length > 0) out.push([path.join("."), String(value[0])]);
    } else {
      out.push(...validationMessages(value, [...path, key]));
    }
  }
  return out;
}
