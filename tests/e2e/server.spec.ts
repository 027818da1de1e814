import fs from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_CACHE } from "./accounts";
import { expectMail } from "./mail";
import { signIn, signUpVolunteer, uniqueEmail } from "./helpers";
import { freePort, isAlive, waitForHttp } from "../../scripts/lib/wait";

// The production server (src/serve/serve.ts) as an operator runs it: a second instance on the
// same database next to the suite's own, its workers killed, and SIGTERM under load (issue 8,
// E.19, E.20, E.23). These tests start and stop their own instance, so they run one by one.
test.describe.configure({ mode: "serial" });

let instance: { child: ChildProcess; url: string; exited: Promise<number | null> } | null = null;
let output = "";

async function startInstance() {
  const port = await freePort();
  // node --import tsx (not the tsx wrapper): the spawned process is the server's primary itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/serve/serve.ts", String(port)], {
    env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "2", SHUTDOWN_DRAIN_MS: "30000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://localhost:${port}`;
  await waitForHttp(`${url}/api/health`, 90_000);
  await expect.poll(() => output, { timeout: 60_000 }).toContain("Ready");
  return { child, url, exited };
}

/** The primary's worker processes, from /proc. */
function workerPids(primary: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent pid (after the parenthesised command name).
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === primary;
      } catch {
        return false;
      }
    })
    .map(Number);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  instance = await startInstance();
});

test.afterAll(async () => {
  if (instance && instance.child.exitCode === null) {
    instance.child.kill("SIGKILL");
    for (const pid of workerPids(instance.child.pid!)) process.kill(pid, "SIGKILL");
  }
});

test("a second instance on the same database shares the session and works the job queue", async ({ page, baseURL }) => {
  await signIn(page, "ru", E2E_CACHE.owner.email, E2E_CACHE.owner.password);
  // The same browser, the other instance (cookies are per host, not per port): still signed in.
  await page.goto(`${instance!.url}/ru/profile`);
  await expect(page.getByTestId("viewer-name")).toBeVisible();
  await page.goto(`${baseURL}/ru`);
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();

  // An email queued by the other instance is sent (by whichever instance's worker takes it).
  const email = uniqueEmail("second-instance");
  await page.goto(`${instance!.url}/ru`);
  await signUpVolunteer(page, "ru", {
    name: "Нұрлан Әбенов",
    email,
    password: "second-instance-2026",
    age: 30,
    region: "PAVLODAR",
  });
  await expectMail(email, "");
});

test("workers killed twice within seconds are replaced and the server keeps answering", async () => {
  const primary = instance!.child.pid!;
  const first = workerPids(primary);
  expect(first).toHaveLength(2);
  process.kill(first[0]!, "SIGKILL");
  await new Promise((r) => setTimeout(r, 1_500));
  process.kill(first[1]!, "SIGKILL");
  // Both originals are gone; two new ones take over and the primary stays.
  await expect.poll(() => workerPids(primary).filter((p) => !first.includes(p)).length, { timeout: 60_000 }).toBe(2);
  expect(isAlive(primary)).toBe(true);
  await expect
    .poll(async () => (await fetch(`${instance!.url}/en`).catch(() => null))?.status, { timeout: 60_000 })
    .toBe(200);
  const statuses = await Promise.all(
    Array.from({ length: 10 }, () => fetch(`${instance!.url}/en/projects?q=${Math.random()}`).then((r) => r.status)),
  );
  expect(statuses).toEqual(Array(10).fill(200));
});

test("SIGTERM with 100 requests in flight: every one is answered, then the server exits", async () => {
  test.setTimeout(120_000);
  const url = instance!.url;
  // Uncached renders (a new search each), so they queue in the workers for a while.
  const requests = Array.from({ length: 100 }, (_, i) =>
    fetch(`${url}/ru/projects?q=${encodeURIComponent(`река ${i} ${Math.random()}`)}`).then(
      async (r) => ({ status: r.status, ok: (await r.text()).includes("</html>") }),
      (e: Error & { cause?: { code?: string } }) => ({ status: 0, ok: false, error: e.cause?.code ?? e.message }),
    ),
  );
  await new Promise((r) => setTimeout(r, 300));
  const stoppedAt = Date.now();
  instance!.child.kill("SIGTERM");
  const results = await Promise.all(requests);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(await instance!.exited).toBe(0);
  expect(Date.now() - stoppedAt).toBeLessThan(35_000);
});
