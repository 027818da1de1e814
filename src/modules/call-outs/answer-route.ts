import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { isSameOriginRequest } from "@/server/same-origin";
import { readBoundedBody } from "@/server/bounded-body";
import { publicPagesChanged } from "@/server/public-pages";
import { negotiateLocale } from "@/domain/locales";
import { getViewer } from "@/modules/accounts/session";
import { answerCallOut, type AnswerResult } from "./answers";
import { answerCallOutSchema } from "./answer-schema";

// POST /api/call-outs/<id>/answer (docs/decisions/0028-call-out-answers.md, "Speed"): how a
// recipient answers, from the call-out page's form or a script of ours. A route handler, not a
// server action: a burst of answers to one call-out is the platform's hottest write, and an
// action posted to a page costs the page's machinery (the proxy, the page's modules, the RSC
// answer) on every answer. It does what an action does around the mutation — same origin, the
// session, the input's schema, the refusal's message key — and nothing else.
//
// - A form post (`answer=COMING|CANT&locale=ru`, what the page sends, with or without JavaScript)
//   is answered by a 303 back to the call-out's page with `?done=coming|cant` or
//   `?error=<message key>`, or to sign-in and back when signed out.
// - `Accept: application/json` with a JSON body `{ "answer": "COMING" }` is answered in JSON:
//   200 `{ data: { answer, status, changed } }`, or 400/401/404/409/500 `{ error: <message key> }`.
// - Another site's post gets 403 and nothing else; a body over 4 KB gets 413 unread.

type Body = { answer?: unknown; locale?: unknown };

/** Far more than the page's form (`answer=COMING&locale=ru`) or a JSON answer ever sends. */
export const ANSWER_BODY_LIMIT = 4096;

/** The body's answer and locale; null for a body that is not one, "too-large" past the limit. */
async function readBody(request: Request): Promise<Body | null | "too-large"> {
  const type = request.headers.get("content-type") ?? "";
  const json = type.startsWith("application/json");
  if (!json && !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data"))
    return null;
  const bytes = await readBoundedBody(request, ANSWER_BODY_LIMIT).catch(() => null);
  if (bytes === null) return "too-large";
  try {
    if (json) {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Body) : null;
    }
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    return { answer: form.get("answer"), locale: form.get("locale") };
  } catch {
    return null;
  }
}

/** The JSON answer's HTTP status of a refusal; any other refusal (the call-out closed, full…) is 409. */
const STATUS: Record<string, number> = {
  "errors.INVALID_INPUT": 400,
  "errors.UNAUTHENTICATED": 401,
  "errors.NOT_FOUND": 404,
  "errors.UNEXPECTED": 500,
};

export async function answerCallOutRoute(request: Request, rawId: string): Promise<Response> {
  // Another site's post is refused before anything is read, and not sent anywhere.
  if (!isSameOriginRequest(request))
    return Response.json({ error: "errors.FORBIDDEN" }, { status: 403, headers: { "cache-control": "no-store" } });
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const read = await readBody(request);
  // A body no form of ours sends: refused before it is buffered (nothing read past the limit).
  if (read === "too-large")
    return Response.json({ error: "errors.INVALID_INPUT" }, { status: 413, headers: { "cache-control": "no-store" } });
  const body = read;
  const locale = negotiateLocale(typeof body?.locale === "string" ? body.locale : null);
  const callOutId = rawId.slice(0, 40);
  const page = `/${locale}/call-outs/${encodeURIComponent(callOutId)}`;
  const reply = (outcome: { data: AnswerResult } | { error: string }) => {
    if (wantsJson)
      return Response.json(outcome, {
        status: "data" in outcome ? 200 : (STATUS[outcome.error] ?? 409),
        headers: { "cache-control": "no-store" },
      });
    const location =
      "data" in outcome
        ? `${page}?done=${outcome.data.answer === "CANT" ? "cant" : "coming"}`
        : outcome.error === "errors.UNAUTHENTICATED"
          ? `/${locale}/sign-in?next=${encodeURIComponent(page)}`
          : `${page}?error=${encodeURIComponent(outcome.error)}`;
    return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
  };

  if (!body) return reply({ error: "errors.INVALID_INPUT" });
  const input = answerCallOutSchema.safeParse({ callOutId, answer: body.answer });
  if (!input.success) return reply({ error: "errors.INVALID_INPUT" });
  const viewer = await getViewer();
  if (!viewer) return reply({ error: "errors.UNAUTHENTICATED" });
  try {
    const data = await answerCallOut(db, viewer, input.data);
    // The call-out's project page shows places left: this instance's cached copy is forgotten.
    if (data.changed) publicPagesChanged();
    return reply({ data });
  } catch (e) {
    if (e instanceof AppError) return reply({ error: e.messageKey });
    logger.error({ err: e, callOutId }, "[call-outs] answer failed");
    return reply({ error: "errors.UNEXPECTED" });
  }
}
