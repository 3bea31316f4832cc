import { type ChildProcess, spawn } from "node:child_process";

/** Starts `next start` on a port and resolves once /api/health answers. */
export async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(child);
  throw new Error(`next start did not answer on port ${port} within 60 s`);
}

/**
 * Stops the server and resolves once nothing answers on its port any more, so a restart cannot
 * reach the old server. `next start` can linger on SIGTERM: after a few seconds it is killed.
 */
export async function stopServerAndWait(child: ChildProcess, port: number, timeoutMs = 20_000): Promise<void> {
  stopServer(child);
  const started = Date.now();
  let killed = false;
  while (Date.now() - started < timeoutMs) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) });
    } catch {
      return;
    }
    if (!killed && Date.now() - started > 4000 && child.pid) {
      killed = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server on port ${port} did not stop within ${timeoutMs / 1000} s`);
}

export function stopServer(child: ChildProcess): void {
  if (child.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}
