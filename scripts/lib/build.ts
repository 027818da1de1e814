import fs from "node:fs";
import path from "node:path";

function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      // The production server (src/serve) runs beside the build, not in it.
      if (p.endsWith("generated") || p === path.join("src", "serve")) return;
      for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

/** True when there is no production build or a source changed after it. */
export function buildIsStale(): boolean {
  const stamp = ".next/BUILD_ID";
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return (
    newestMtime([
      "src",
      "public",
      "prisma/schema.prisma",
      "next.config.ts",
      "package-lock.json",
      "postcss.config.mjs",
    ]) > built
  );
}
