import { Worker } from "node:worker_threads";

export type SmtpState = { count: number; first: number; last: number; duplicates: number };

/** The SMTP server on its own thread (scripts/lib/smtp-sink.mjs); `state()` asks it for its counts. */
export async function startSmtpSink() {
  const worker = new Worker(new URL("./smtp-sink.mjs", import.meta.url));
  const next = <T>(key: string) =>
    new Promise<T>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          worker.off("message", on);
          resolve(m[key] as T);
        }
      };
      worker.on("message", on);
    });
  const port = await next<number>("port");
  return {
    url: `smtp://127.0.0.1:${port}`,
    state: () => {
      const answer = next<SmtpState>("state");
      worker.postMessage("state");
      return answer;
    },
    close: async () => {
      const closed = next<boolean>("closed");
      worker.postMessage("close");
      await closed;
      await worker.terminate();
    },
  };
}
