// Messages of one locale: the core file plus one file per capability namespace
// (src/messages/modules/<namespace>/<locale>.json), so capabilities add keys without touching
// each other's files. tests/unit/messages.test.ts checks every file in all three locales.
import type { Locale } from "@/domain/locales";

export const MESSAGE_NAMESPACES = [
  "projects",
  "moderation",
  "search",
  "applications",
  "notifications",
  "records",
  "hours",
  "statistics",
  "account",
  "invitations",
  "help",
  "callOutAnswers",
  "callOuts",
  "volunteerSearch",
  "reminders",
  "checkIn",
  "shifts",
  "testimonials",
  "projectTemplates",
  "messages",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const core = (await import(`../messages/${locale}.json`)).default as Record<string, unknown>;
  const modules = await Promise.all(
    MESSAGE_NAMESPACES.map(
      async (ns) => [ns, (await import(`../messages/modules/${ns}/${locale}.json`)).default] as const,
    ),
  );
  return { ...core, ...Object.fromEntries(modules) };
}
