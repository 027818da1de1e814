// A stand-in push service for tests: a local HTTP server that takes web-push's POSTs as FCM or
// Mozilla's would, plus a browser's key pair to decrypt what arrives (RFC 8291, aes128gcm).
import http from "node:http";
import crypto from "node:crypto";
import { createRequire } from "node:module";

const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt(buffer: Buffer, params: { version: string; privateKey: crypto.ECDH; authSecret: string }): Buffer;
};

export type PushReceived = { path: string; headers: http.IncomingHttpHeaders; body: Buffer };

export type TestPushService = {
  url: string;
  received: PushReceived[];
  /** The status this path answers with from now on (201 by default; 410 for "gone"). */
  answer(path: string, status: number): void;
  waitFor(count: number, timeoutMs?: number): Promise<PushReceived[]>;
  close(): Promise<void>;
};

export async function startPushService(): Promise<TestPushService> {
  const received: PushReceived[] = [];
  const statuses = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(statuses.get(path) ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (path, status) => void statuses.set(path, status),
    async waitFor(count, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > end) throw new Error(`expected ${count} pushes, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser's side of a subscription: the keys it gives the server, and decryption. */
export function browserKeys() {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = crypto.randomBytes(16).toString("base64url");
  return {
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth },
    decrypt: (body: Buffer): unknown =>
      JSON.parse(ece.decrypt(body, { version: "aes128gcm", privateKey: ecdh, authSecret: auth }).toString("utf8")),
  };
}
