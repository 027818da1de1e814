// The client's address, decided in one place. Shared by the production server (src/serve/serve.ts),
// which resolves it from the socket and X-Forwarded-For, and by the app, which only ever reads
// the header the server set. Deliberately free of "server-only" and Next imports so the server
// script can import it.
//
// Contract with src/serve/serve.ts: for every request it DELETES any incoming
// `x-asar-client-address` header and sets it to resolveClientAddress(socket address,
// X-Forwarded-For, TRUSTED_PROXIES). The app trusts nothing else: a client-chosen
// X-Forwarded-For or X-Real-IP never reaches a limit.
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-asar-client-address";

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1; anything else unchanged. */
function normalize(address: string): string {
  const a = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a.toLowerCase();
}

/** An IP address or a CIDR range ("10.0.0.0/8", "fd00::/8"), as TRUSTED_PROXIES lists them. */
export function isProxyEntry(entry: string): boolean {
  const [ip, bits, ...rest] = entry.trim().split("/");
  const family = isIP(ip ?? "");
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** TRUSTED_PROXIES: comma-separated IPs/CIDRs; empty or unset means none. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

const blockLists = new WeakMap<string[], BlockList>();
function trustList(trusted: string[]): BlockList {
  let list = blockLists.get(trusted);
  if (!list) {
    list = new BlockList();
    for (const entry of trusted) {
      if (!isProxyEntry(entry)) continue;
      const [ip, bits] = entry.split("/") as [string, string | undefined];
      const type = isIP(ip) === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.addAddress(normalize(ip), type);
      else list.addSubnet(normalize(ip), Number(bits), type);
    }
    blockLists.set(trusted, list);
  }
  return list;
}

function isTrusted(address: string, list: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The address of the client that sent a request. Each proxy appends the address it was called
 * from to X-Forwarded-For, so only the entries our own proxies wrote can be believed: walk from
 * the right (from the socket), skip trusted proxies, and the first address that is not one is
 * the client. With no trusted proxies (the default) that is the socket address itself.
 */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: string[],
): string {
  let current = remoteAddress ? normalize(remoteAddress) : "";
  if (!current) return "unknown";
  if (trustedProxies.length === 0) return current;
  const list = trustList(trustedProxies);
  const hops = (forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  while (isTrusted(current, list)) {
    const next = hops.pop();
    // A garbled hop cannot have come from a proxy of ours: keep the last address we can vouch for.
    if (next === undefined || !isIP(next)) break;
    current = next;
  }
  return current;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client address inside the app: only ever the header the production server set. "unknown"
 * when it is absent (`next dev`, tests), where every visitor then shares one address's limits.
 */
export function clientAddress(headers: HeaderSource): string {
  const raw =
    headers instanceof Headers
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : (headers?.[CLIENT_ADDRESS_HEADER] as string | string[] | undefined);
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  // The server writes a bare IP; anything longer was not written by it.
  return value && value.length <= 45 ? value : "unknown";
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * What the server in front (src/serve/serve.ts) writes on every request before the app sees it:
 * the client's address as resolved above, and a request id for the logs (a trusted proxy's own
 * id is kept). Whatever the client sent under these names is replaced.
 */
export function stampRequest(
  req: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> },
  trustedProxies: string[],
  newId: () => string,
) {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedProxies,
  );
  const id = req.headers["x-request-id"];
  const fromProxy = trustedProxies.length > 0 && typeof id === "string" && REQUEST_ID.test(id);
  if (!fromProxy) req.headers["x-request-id"] = newId();
}
