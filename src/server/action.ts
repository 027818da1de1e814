import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { AppError, type ActionResult, type FieldErrors } from "./errors";
import { logger, newRequestId } from "./logger";
import { publicPagesChanged } from "./public-pages";

/** A message key of ours ("validation.required", "hours.errors.dayLimit"), not zod's own prose. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+$/;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= MESSAGE_KEY.test(issue.message) ? issue.message : "validation.invalid";
  }
  return out;
}

/**
 * The one shape of every server action: parse the input with the capability's schema, then run
 * `fn` (which authorizes and mutates). AppErrors become translated messages; anything else is
 * logged with a request id and reported as a generic error, never as a stack trace.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "errors.INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const data = await fn(parsed.data);
    // Any change may show on a public page (places left, a listing, a profile): the page cache
    // of this instance forgets them now rather than up to 10 s later.
    publicPagesChanged();
    return { ok: true, data };
  } catch (e) {
    if (e instanceof AppError) {
      return {
        ok: false,
        error: e.messageKey,
        ...(e.field ? { fieldErrors: { [e.field]: e.messageKey } } : {}),
      };
    }
    logger.error({ requestId: await requestId(), err: e }, "server action failed");
    return { ok: false, error: "errors.UNEXPECTED" };
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

/**
 * Postgres unique violations surface from Prisma as P2002; on the pg driver adapter the index
 * name (e.g. "User_email_key") is in meta.driverAdapterError.
 */
export function isUniqueViolation(e: unknown, field?: string): boolean {
  const err = e as {
    code?: string;
    meta?: {
      target?: string[] | string;
      driverAdapterError?: { cause?: { constraint?: { index?: string; fields?: string[] } } };
    };
  };
  if (err?.code !== "P2002") return false;
  if (!field) return true;
  const constraint = err.meta?.driverAdapterError?.cause?.constraint;
  const names = [
    ...(Array.isArray(err.meta?.target) ? err.meta.target : [String(err.meta?.target ?? "")]),
    ...(constraint?.fields ?? []),
    constraint?.index ?? "",
  ];
  return names.some((n) => n === field || n.endsWith(`_${field}_key`) || n.includes(`"${field}"`));
}
