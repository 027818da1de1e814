import "server-only";
import { actionClient } from "@/server/action-client";
import { AppError } from "@/server/errors";
import { getViewer } from "./session";

/**
 * Every action a signed-in person takes: the viewer is read (once per request) before the input
 * is even parsed, and is in `ctx.viewer`; without a session the action answers UNAUTHENTICATED
 * and touches nothing. Authorization itself stays in each mutation and its policy.
 */
export const authActionClient = actionClient.use(async ({ next }) => {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { viewer } });
});
