// The request-path lines of `npm run bench` (issue 9, docs/decisions/0021-request-path.md): the
// framework's floor — bench/floor, one dynamic Next.js page with twenty cards and no database,
// built and served by `next start` — and the four pages every signed-in person goes through,
// each as a share of the floor's requests per second. The floor is measured in the same run, so
// the shares compare like with like on whatever machine runs the bench.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { sessionCookie } from "./lib/bench-session";
import type { BenchContext, Target } from "./bench";
import { run } from "./lib/run";
import { freePort, waitForHttp } from "./lib/wait";

const FLOOR_DIR = path.resolve("bench/floor");

function floorBuildIsStale(): boolean {
  const stamp = path.join(FLOOR_DIR, ".next/BUILD_ID");
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = ["next.config.mjs", ...fs.readdirSync(path.join(FLOOR_DIR, "app")).map((f) => path.join("app", f))];
  return sources.some((f) => fs.statSync(path.join(FLOOR_DIR, f)).mtimeMs > built);
}

/**
 * Builds (when stale) and starts the floor with `next start`. Webpack builds it: Turbopack, given
 * a folder inside this repository, takes the repository's own src/proxy.ts into the floor.
 */
export async function startFloor(): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  if (floorBuildIsStale())
    await run(process.execPath, ["node_modules/next/dist/bin/next", "build", "--webpack", FLOOR_DIR], env, {
      quiet: true,
    });
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", FLOOR_DIR, "-p", String(port)],
    { stdio: "ignore", env },
  );
  const url = `http://localhost:${port}`;
  await waitForHttp(url, 30_000);
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The four pages of the goal, on the national-scale dataset. */
export async function requestPathTargets(ctx: BenchContext, search: string): Promise<Target[]> {
  const { db } = ctx;
  const project = (
    await db.query(`SELECT id FROM "Project" WHERE status = 'PUBLISHED' ORDER BY "startsAt" LIMIT 1 OFFSET 500`)
  ).rows[0].id as string;
  // A volunteer with a full "my applications" page, and the owner of the organizer with the most.
  const volunteer = (
    await db.query(`SELECT u.id, u."sessionVersion" FROM "User" u JOIN "Application" a ON a."volunteerId" = u.id
      WHERE u."deletedAt" IS NULL GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`)
  ).rows[0] as { id: string; sessionVersion: number };
  const owner = (
    await db.query(`SELECT u.id, u."sessionVersion", o.slug FROM "Organizer" o
      JOIN "OrganizerMember" m ON m."organizerId" = o.id AND m.role = 'OWNER' JOIN "User" u ON u.id = m."userId"
      WHERE o."verificationStatus" = 'VERIFIED' AND u."deletedAt" IS NULL
      ORDER BY (SELECT count(*) FROM "Project" p WHERE p."organizerId" = o.id) DESC, o.id LIMIT 1`)
  ).rows[0] as { id: string; sessionVersion: number; slug: string };
  const [volunteerCookie, ownerCookie] = await Promise.all([
    sessionCookie(ctx.authSecret, volunteer),
    sessionCookie(ctx.authSecret, owner),
  ]);
  return [
    // A new URL every request: nothing comes from any cache of whole pages.
    {
      name: "search page, every request a new URL (uncached render)",
      path: `/ru/projects?${search}`,
      vary: (n) => ({ path: `/ru/projects?${search}&n=${n}` }),
    },
    {
      name: "project page, signed-in volunteer",
      path: `/ru/projects/${project}`,
      headers: { cookie: volunteerCookie },
    },
    { name: "my applications, signed-in volunteer", path: "/ru/my/applications", headers: { cookie: volunteerCookie } },
    {
      name: "organizer's applications page, its owner",
      path: `/ru/organizers/${owner.slug}/applications`,
      headers: { cookie: ownerCookie },
    },
  ];
}
