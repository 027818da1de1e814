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

/** Field errors carry message keys (under "validation."), translated by the form. */
export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };
