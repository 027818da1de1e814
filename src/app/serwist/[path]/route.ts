import { createSerwistRoute } from "@serwist/turbopack";

// The service worker (src/modules/pwa/sw.ts), bundled with esbuild and prerendered at build time
// as /serwist/sw.js (+ its source map); it controls the whole site ("Service-Worker-Allowed: /").
// Next 16 builds with Turbopack, which has no plugins: serwist builds the worker from this route
// instead, once, in `next build` (decision 0030). The precache manifest lists the stylesheets and
// public/ (the icons); the offline pages and their scripts are fetched by the worker itself.
const serwist = createSerwistRoute({
  swSrc: "src/modules/pwa/sw.ts",
  // esbuild comes with tsx; esbuild-wasm is not installed.
  useNativeEsbuild: true,
  globPatterns: [".next/static/**/*.css", "public/**/*.{png,ico,svg}"],
  // A classic script: module service workers are not in every browser Asar's volunteers use.
  esbuildOptions: { format: "iife" },
});

// Next reads a route's settings from literals; these are serwist's (built once, no other paths).
export const dynamic = "force-static";
export const dynamicParams = false;
export const revalidate = false;
export const generateStaticParams = serwist.generateStaticParams;

export async function GET(request: Request, context: { params: Promise<{ path: string }> }) {
  const response = await serwist.GET(request, context);
  // Browsers check for a new worker on every navigation; nothing in between may keep an old one.
  response.headers.set("cache-control", "no-cache");
  response.headers.set("content-security-policy", "default-src 'self'");
  return response;
}
