import type { MetadataRoute } from "next";

/** The brand green of src/app/globals.css (--color-brand-600) and the page background (slate-50). */
export const THEME_COLOR = "#0b7a6b";
const BACKGROUND = "#f8fafc";

// The web app manifest (/manifest.webmanifest, decision 0030). One manifest serves all three
// languages — browsers take one per site — so the name is "Asar", the same word in Kazakh, Russian
// and English, and the description says it in all three. The start page "/" sends each person to
// their language (the cookie of their last visit, else the browser's).
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Asar",
    short_name: "Asar",
    description:
      "Қазақстанның еріктілер платформасы · Волонтёрская платформа Казахстана · The volunteer platform of Kazakhstan",
    lang: "kk",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND,
    categories: ["social", "lifestyle"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
