// A real SMTP server (npm smtp-server) on its own thread, for the benches (the call-out drain of
// scripts/bench-call-outs.ts, and the server every other bench line runs, see
// scripts/lib/smtp-sink-thread.ts): whoever hands emails over and the server that receives them
// do not share one event loop, as they never do outside the bench. It counts what it
// accepted and reports { count, first, last, duplicates } to the bench thread when asked.
import { parentPort } from "node:worker_threads";
import { SMTPServer } from "smtp-server";

const state = { count: 0, first: 0, last: 0, duplicates: 0 };
const ids = new Set();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    let head = "";
    stream.on("data", (c) => {
      if (head.length < 4000) head += c.toString("latin1");
    });
    stream.on("end", () => {
      const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? "";
      if (ids.has(id)) state.duplicates++;
      ids.add(id);
      state.count++;
      state.last = Date.now();
      state.first ||= state.last;
      callback();
    });
  },
});

// A client that goes away without QUIT (a server the bench stops while its pool is open) resets
// its connection: smtp-server reports that here, and unheard it would end the bench's process.
server.on("error", (error) => {
  if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("[smtp-sink]", error.message);
});

server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.server.address().port }));
parentPort.on("message", (message) => {
  if (message === "state") parentPort.postMessage({ state });
  if (message === "close") server.close(() => parentPort.postMessage({ closed: true }));
});
