import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/**
 * A `next start` of the existing build on an address of its own (any loopback address:
 * 127.0.0.2 is what a container's or a deployer's -H gives), for tests of how the server
 * behaves there. Resolves once it answers; `stop` ends that process.
 */
export async function startOwnServer(host: string, port: number): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-H", host, "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const origin = `http://${host}:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start -H ${host} -p ${port} exited: ${log}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`next start -H ${host} -p ${port} did not answer: ${log}`);
}
