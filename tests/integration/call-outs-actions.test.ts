import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { organizer, volunteer } from "./applications-fixtures";
import { createCallOutFixture } from "../../prisma/seed/call-out-fixture";
import { POST } from "../../src/app/api/call-outs/[id]/answer/route";

// The answer route as the browser (its form, with or without JavaScript) and the bench post to
// it: a public endpoint. Everything between the request and the database is the real code.
vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const HOST = "asar.test";

function post(
  id: string,
  body: string,
  opts: { json?: boolean; type?: string; origin?: string | null; fetchSite?: string } = {},
) {
  const headers = new Headers({
    host: HOST,
    "content-type": opts.type ?? (opts.json ? "application/json" : "application/x-www-form-urlencoded"),
  });
  if (opts.origin !== null) headers.set("origin", opts.origin ?? `https://${HOST}`);
  if (opts.json) headers.set("accept", "application/json");
  if (opts.fetchSite) headers.set("sec-fetch-site", opts.fetchSite);
  const request = new Request(`https://${HOST}/api/call-outs/${encodeURIComponent(id)}/answer`, {
    method: "POST",
    headers,
    body,
  });
  return POST(request, { params: Promise.resolve({ id }) });
}

const json = async (r: Response) => ({ status: r.status, body: (await r.json()) as unknown });
const location = (r: Response) => [r.status, r.headers.get("location")];

async function fixture(peopleNeeded = 2) {
  const v = await volunteer();
  const { org } = await organizer();
  const { callOutId, roleId } = await createCallOutFixture(db(), {
    organizerId: org.id,
    peopleNeeded,
    recipients: [v.id],
  });
  return { v, callOutId, roleId };
}

describe("POST /api/call-outs/<id>/answer", () => {
  it("refuses the signed-out, other sites and hostile input without a change", async () => {
    const { v, callOutId } = await fixture();
    const coming = JSON.stringify({ answer: "COMING" });

    // Signed out: JSON says 401; the form goes to sign-in and back to the call-out.
    expect(await json(await post(callOutId, coming, { json: true }))).toEqual({
      status: 401,
      body: { error: "errors.UNAUTHENTICATED" },
    });
    expect(location(await post(callOutId, "answer=COMING&locale=kk"))).toEqual([
      303,
      `/kk/sign-in?next=${encodeURIComponent(`/kk/call-outs/${callOutId}`)}`,
    ]);

    await actAs(v.id);
    // Another site's form, a missing Origin without the browser's same-origin word, a forged null.
    for (const origin of ["https://evil.example", `https://${HOST}.evil.example`, "null", "not a url"])
      expect((await post(callOutId, coming, { json: true, origin })).status, origin).toBe(403);
    expect((await post(callOutId, coming, { json: true, origin: null, fetchSite: "cross-site" })).status).toBe(403);
    expect((await post(callOutId, coming, { json: true, origin: null })).status).toBe(403);
    expect((await post(callOutId, "answer=COMING&locale=ru", { origin: "https://evil.example" })).status).toBe(403);

    // Hostile bodies: a wrong answer, broken JSON, an array, another content type, a huge id.
    const bad = [
      await post(callOutId, JSON.stringify({ answer: "MAYBE" }), { json: true }),
      await post(callOutId, "{not json", { json: true }),
      await post(callOutId, JSON.stringify([{ answer: "COMING" }]), { json: true }),
      await post(callOutId, coming, { json: true, type: "text/plain" }),
      await post(callOutId, `answer=${"x".repeat(100_000)}`, {}),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 413]);

    // Bodies no form sends are refused before they are buffered: a declared length over 4 KB (the
    // body is never read), a small length that lies, and a body that never ends.
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new TextEncoder().encode(`answer=COMING&pad=${"x".repeat(1000)}`)),
    });
    const refusedUnread = new Request(`https://${HOST}/api/call-outs/${callOutId}/answer`, {
      method: "POST",
      headers: {
        host: HOST,
        origin: `https://${HOST}`,
        "content-type": "application/json",
        "content-length": "5000000",
      },
      body: new ReadableStream({ pull: () => Promise.reject(new Error("the body was read")) }),
      duplex: "half",
    } as RequestInit);
    const tooLarge = [
      await POST(refusedUnread, { params: Promise.resolve({ id: callOutId }) }),
      await post(callOutId, `answer=COMING&pad=${"x".repeat(5000)}`, { type: "application/x-www-form-urlencoded" }),
      await POST(
        new Request(`https://${HOST}/api/call-outs/${callOutId}/answer`, {
          method: "POST",
          headers: { host: HOST, origin: `https://${HOST}`, "content-type": "application/x-www-form-urlencoded" },
          body: endless,
          duplex: "half",
        } as RequestInit),
        { params: Promise.resolve({ id: callOutId }) },
      ),
    ];
    expect(tooLarge.map((r) => r.status)).toEqual([413, 413, 413]);
    expect(await json(await post("x".repeat(100_000), coming, { json: true }))).toEqual({
      status: 404,
      body: { error: "errors.NOT_FOUND" },
    });
    expect(await json(await post(`' OR 1=1 --`, coming, { json: true }))).toMatchObject({ status: 404 });
    expect(await db().application.count()).toBe(0);
    expect(await db().callOutRecipient.count({ where: { answer: { not: null } } })).toBe(0);
  });

  it("records an answer: JSON gets the outcome, the form lands back on the page; refusals carry their message key", async () => {
    const { v, callOutId, roleId } = await fixture(1);
    await actAs(v.id);

    expect(await json(await post(callOutId, JSON.stringify({ answer: "COMING" }), { json: true }))).toEqual({
      status: 200,
      body: { data: { answer: "COMING", status: "ACCEPTED", changed: true } },
    });
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(1);
    // The volunteer's own notice is written just after the place is committed.
    expect(await db().notification.count({ where: { userId: v.id, type: "APPLICATION_ACCEPTED" } })).toBe(1);

    // The page's form (no JavaScript needed): "can't" frees the place and lands on the page.
    expect(location(await post(callOutId, "answer=CANT&locale=en"))).toEqual([
      303,
      `/en/call-outs/${callOutId}?done=cant`,
    ]);
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(0);
    // A browser without Origin on a same-origin form post is still let through.
    expect(
      location(await post(callOutId, "answer=COMING&locale=ru", { origin: null, fetchSite: "same-origin" })),
    ).toEqual([303, `/ru/call-outs/${callOutId}?done=coming`]);

    // Closed: the refusal's key, translated by the page.
    await db().callOut.update({ where: { id: callOutId }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(location(await post(callOutId, "answer=CANT&locale=kk"))).toEqual([
      303,
      `/kk/call-outs/${callOutId}?error=callOutAnswers.errors.CLOSED`,
    ]);
    expect(await json(await post(callOutId, JSON.stringify({ answer: "CANT" }), { json: true }))).toEqual({
      status: 409,
      body: { error: "callOutAnswers.errors.CLOSED" },
    });
  });
});
