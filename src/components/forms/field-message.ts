import { useTranslations } from "next-intl";

/**
 * The text of a form error. The browser's own check (the form's zod schema) leaves a message key,
 * translated here from the keys written in the schemas the form imports; the server's refusals
 * arrive already translated (src/server/action-client.ts) and are marked `type: "server"`.
 */
export function useFieldMessage() {
  // client-messages: literal-keys
  const t = useTranslations();
  return (error: { type?: unknown; message?: unknown } | undefined, values?: Record<string, string | number>) => {
    if (typeof error?.message !== "string" || !error.message) return undefined;
    return error.type === "server" ? error.message : t(error.message, values);
  };
}
