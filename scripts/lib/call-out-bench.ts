// What scripts/bench.ts and scripts/bench-call-outs.ts share about the call-outs section (kept
// apart from the latter, which loads the app's server-only modules).
export const CALL_OUT_BENCH = { region: "ATYRAU", volunteers: 50_000 } as const;

export type CallOutFigures = {
  recipients: number;
  /** From the create call until every recipient's notification and email job is committed. */
  queuedMs: number;
  /** From the first to the last email the SMTP server accepted. */
  drainMs: number;
  emailsPerSecond: number;
  /** Emails FAILED or retried, messages the server saw twice, recipients without an email. */
  errors: number;
};
