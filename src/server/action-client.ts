import "server-only";
import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError, type ActionError } from "./errors";
import { logger, newRequestId } from "./logger";
import { publicPagesChanged } from "./public-pages";

/** A message key of ours ("validation.required", "hours.errors.dayLimit"), not zod's own prose. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+$/;

/** Our message keys pass through; zod's own prose (English, about types) becomes "validation.invalid". */
export function messageKeyOf(message: string): string {
  return MESSAGE_KEY.test(message) ? message : "validation.invalid";
}

/**
 * next-safe-action's validation errors (`{ field: { _errors: [...] }, roles: { 0: { title: ... } } }`,
 * the schema's own shape) with every message one of our keys, and one message per field: the
 * first, as the form shows one.
 */
export function validationErrorKeys<T>(errors: T): T {
  if (Array.isArray(errors)) return errors.slice(0, 1).map((m) => messageKeyOf(String(m))) as T;
  if (!errors || typeof errors !== "object") return errors;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, validationErrorKeys(v)])) as T;
}

/**
 * The one way to write a server action: `actionClient.inputSchema(schema).action(fn)` for public
 * ones, `authActionClient` (src/modules/accounts/action-client.ts) for everything a signed-in
 * person does. The client gets `{ data }`, or `{ validationErrors }` when the input does not fit
 * the schema, or `{ serverError: { message, field? } }` when the server refused: an AppError's
 * message key (and the field it is about), or "errors.UNEXPECTED" for anything else, which is
 * logged with the request id and never shown.
 *
 * The placeholder schema here is what an action without `.inputSchema()` takes (nothing); it also
 * carries `handleValidationErrorsShape` to every action, because next-safe-action keeps the
 * previous shape handler when an action sets its own schema.
 */
export const actionClient = createSafeActionClient({
  handleServerError: async (e): Promise<ActionError> => {
    if (!(e instanceof AppError)) logger.error({ requestId: await requestId(), err: e }, "server action failed");
    const message = e instanceof AppError ? e.messageKey : "errors.UNEXPECTED";
    const text = await translated(message);
    return {
      message,
      ...(text ? { text } : {}),
      ...(e instanceof AppError && e.field ? { field: e.field } : {}),
    };
  },
})
  .inputSchema(z.void(), { handleValidationErrorsShape: async (errors) => validationErrorKeys(errors) })
  .use(async ({ next }) => {
    const result = await next();
    // Any change may show on a public page (places left, a listing, a profile): the page cache
    // of this instance forgets them now rather than up to 10 s later.
    if (result.success) publicPagesChanged();
    return result;
  });

/** A message in the request's language (next-intl reads it from the page the action posts to). */
async function translated(key: string): Promise<string | undefined> {
  try {
    const t = await getTranslations();
    return t.has(key) ? t(key) : undefined;
  } catch {
    // Outside a request (scripts, tests): the key alone.
    return undefined;
  }
}

/** The request's id from the server in front (x-request-id) when it set one, else a new one. */
async function requestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id")?.slice(0, 64) || newRequestId();
  } catch {
    // Outside a request (scripts, tests).
    return newRequestId();
  }
}
