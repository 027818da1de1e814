// Only AppErrors reach the user, as a translated message: a plain code is the key errors.<code>
// of the core message files; a capability's own errors are full keys of its namespace
// ("applications.errors.TOO_YOUNG"). Anything else is logged with a request id and shown as a
// generic message.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "EMAIL_TAKEN"
  | "BIN_TAKEN"
  | "INVALID_INPUT"
  | "RATE_LIMITED"
  | "ALREADY_STAFF"
  | "CONFLICT"
  | "COMMON_PASSWORD"
  | "ALREADY_MEMBER"
  | `${string}.${string}`;

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    public readonly field?: string,
  ) {
    super(code);
    this.name = "AppError";
  }

  /** The message key to translate. */
  get messageKey(): string {
    return this.code.includes(".") ? this.code : `errors.${this.code}`;
  }
}

/**
 * What a refused action tells the client (next-safe-action's `serverError`): the message key, the
 * message itself translated on the server in the request's language (so a form needs no message
 * files of the capabilities it calls: decision 0021), and the form field it is about when there
 * is one. `text` is absent only outside a request (scripts, tests).
 */
export type ActionError = { message: string; text?: string; field?: string };

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
