import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { isSameOriginRequest } from "@/server/same-origin";
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
// - Another site's post gets 403 and nothing else.

type Body = { answer?: unknown; locale?: unknown };

async function readBody(request: Request): Promise<Body | null> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("application/json")) {
      const json: unknown = await request.json();
      return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Body) : null;
    }
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      const form = await request.formData();
      return { answer: form.get("answer"), locale: form.get("locale") };
    }
  } catch {
    return null;
  }
  return null;
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
  const body = await readBody(request);
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
