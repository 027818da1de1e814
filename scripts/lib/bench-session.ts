import crypto from "node:crypto";
import fs from "node:fs";
import { encode } from "next-auth/jwt";

/** A session cookie for a user, signed like next-auth's own (the bench knows the server's secret). */
export async function sessionCookie(authSecret: string, user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion, sid: crypto.randomUUID(), authAt: Math.floor(Date.now() / 1000) },
    secret: authSecret,
    maxAge: 3600,
  });
  return `next-auth.session-token=${token}`;
}

/**
 * A server action's id, found by its export's name and file in the build's server-reference
 * manifest: the bench posts to actions as the browser does.
 */
export function actionIdOf(exportedName: string, fileSuffix: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === exportedName && a.filename?.endsWith(fileSuffix),
  )?.[0];
  if (!id) throw new Error(`${exportedName} is not in the server reference manifest`);
  return id;
}

/**
 * The headers a browser sends with a server action called by the page's JavaScript (a fetch):
 * among them `Sec-Fetch-Dest: empty`, without which next-intl's middleware sets its locale cookie
 * on the response and Next, seeing a cookie set during an action, renders the whole page into
 * the action's answer — ~70 ms of CPU a real browser never causes (decision 0028).
 */
export function actionHeaders(actionId: string, origin: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin,
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-origin",
  };
}
