import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { CLIENT_MESSAGES, type ClientComponent } from "./client-messages.generated";

type Messages = { [key: string]: unknown };

/**
 * The part of `all` under the given dotted paths. A path inside one already taken is skipped, so
 * the result never shares an object with `all` that it then writes into.
 */
export function pickMessages(all: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  const taken: string[] = [];
  for (const path of [...new Set(paths)].sort()) {
    if (taken.some((t) => path.startsWith(`${t}.`))) continue;
    const parts = path.split(".");
    let value: unknown = all;
    for (const p of parts) value = value && typeof value === "object" ? (value as Messages)[p] : undefined;
    if (value === undefined) continue;
    let target = out;
    for (const p of parts.slice(0, -1)) target = (target[p] ??= {}) as Messages;
    target[parts.at(-1)!] = value;
    taken.push(path);
  }
  return out;
}

// Per locale and set of components: a few hundred combinations at most, all named in the code.
const picked = new Map<string, Messages>();

/**
 * Gives the client components inside exactly the messages they translate with — read from their
 * source into client-messages.generated.ts (`npm run messages:client`) — instead of every
 * message of the locale on every page (docs/decisions/0021-request-path.md).
 */
export async function ClientMessages({
  components,
  children,
}: {
  components: readonly ClientComponent[];
  children: React.ReactNode;
}) {
  const locale = await getLocale();
  const key = `${locale}:${components.join(",")}`;
  let messages = picked.get(key);
  if (!messages) {
    messages = pickMessages(
      await getMessages(),
      components.flatMap((c) => CLIENT_MESSAGES[c]),
    );
    picked.set(key, messages);
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
