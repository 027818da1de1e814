import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  isProxyEntry,
  resolveClientAddress,
  stampRequest,
} from "@/server/client-address";
import { parseEnv } from "@/server/env-schema";

describe("the client address the sign-in limits count", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("198.51.100.7", "1.2.3.4", [])).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", undefined, [])).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, "1.2.3.4", [])).toBe("unknown");
  });

  it("believes only the entries our own proxies wrote, from the right", () => {
    const trusted = ["10.0.0.0/8", "192.168.1.5"];
    // The client chose "1.2.3.4"; our proxy appended the address it really saw.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolveClientAddress("192.168.1.5", "1.2.3.4, 203.0.113.9, 10.1.2.3", trusted)).toBe("203.0.113.9");
    // A request straight to the app, past the proxy, is judged by its socket.
    expect(resolveClientAddress("203.0.113.50", "1.2.3.4", trusted)).toBe("203.0.113.50");
    // Everything trusted: the farthest hop.
    expect(resolveClientAddress("10.0.0.2", "10.0.0.9", trusted)).toBe("10.0.0.9");
    // A garbled hop was not written by our proxy: the last address we can vouch for.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, bogus", trusted)).toBe("10.0.0.2");
    expect(resolveClientAddress("::1", "2001:db8::1", ["::1"])).toBe("2001:db8::1");
  });

  it("one client choosing 31 different X-Forwarded-For values stays one address", () => {
    const seen = new Set(Array.from({ length: 31 }, (_, i) => resolveClientAddress("203.0.113.7", `10.9.9.${i}`, [])));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("inside the app is read only from the server's header", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" }))).toBe(
      "203.0.113.7",
    );
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "1.2.3.4" }))).toBe("unknown");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1" })).toBe("2001:db8::1");
    expect(clientAddress(undefined)).toBe("unknown");
  });

  it("TRUSTED_PROXIES takes IPs and CIDRs and names a bad entry", () => {
    expect(isProxyEntry("10.0.0.0/8")).toBe(true);
    expect(isProxyEntry("fd00::/8")).toBe(true);
    expect(isProxyEntry("10.0.0.0/33")).toBe(false);
    expect(isProxyEntry("proxy.local")).toBe(false);
    const base = { DATABASE_URL: "postgresql://a:b@localhost:5432/asar" };
    expect(parseEnv(base).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ ...base, TRUSTED_PROXIES: " 10.0.0.0/8, 192.168.1.5 " }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "192.168.1.5",
    ]);
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: "10.0.0.0/8,proxy.local" })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("what the server writes on every request (stampRequest)", () => {
  const request = (remoteAddress: string, headers: Record<string, string>) => ({
    socket: { remoteAddress },
    headers: { ...headers } as Record<string, string | string[] | undefined>,
  });

  it("replaces a client's own x-asar-client-address, X-Forwarded-For and request id", () => {
    const req = request("203.0.113.7", {
      "x-asar-client-address": "10.0.0.1",
      "x-forwarded-for": "10.0.0.2",
      "x-request-id": "chosen",
    });
    stampRequest(req, [], () => "fresh-id");
    expect(req.headers["x-asar-client-address"]).toBe("203.0.113.7");
    expect(req.headers["x-request-id"]).toBe("fresh-id");
  });

  it("believes a trusted proxy's forwarded address and request id", () => {
    const req = request("10.0.0.5", { "x-forwarded-for": "198.51.100.9", "x-request-id": "lb-123" });
    stampRequest(req, ["10.0.0.0/8"], () => "fresh-id");
    expect(req.headers["x-asar-client-address"]).toBe("198.51.100.9");
    expect(req.headers["x-request-id"]).toBe("lb-123");
  });
});
