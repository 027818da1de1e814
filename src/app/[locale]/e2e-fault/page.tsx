import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { env } from "@/server/env";

// A page that fails on purpose, so tests/e2e/errors.spec.ts can see src/app/[locale]/error.tsx
// as a visitor would. It exists only when E2E_FAULT_PAGE=1 (set by scripts/e2e.ts alone);
// otherwise it is a 404 like any unknown address. With the cookie `e2e-fault=throw` it throws an
// error whose message must never reach the page; without it, it renders a mark the test waits for.
export default async function E2eFaultPage() {
  if (env().E2E_FAULT_PAGE !== "1") notFound();
  if ((await cookies()).get("e2e-fault")?.value === "throw") {
    throw new Error("e2e fault: internal detail that must stay on the server");
  }
  return <p data-testid="e2e-fault-ok">✓</p>;
}
