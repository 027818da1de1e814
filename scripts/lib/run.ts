import { spawn } from "node:child_process";

/**
 * Runs a command with inherited output; rejects with its exit code. `quiet` captures the output
 * instead and puts it in the error.
 */
export function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  opts: { quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit", env });
    let output = "";
    child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}${output ? `\n${output}` : ""}`)),
    );
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
