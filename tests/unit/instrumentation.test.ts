import { afterEach, expect, test, vi } from "vitest";

// The start-up check reads the build output; here only what the hook does besides it matters.
vi.mock("../../lib/http/page-check.cjs", () => ({ getPageLayer: () => ({ defer: true, problems: [] }) }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

test("the server's start-up hook sends no request, to the server's own address or any other", async () => {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (input: unknown) => {
    asked.push(String(input));
    return new Response("{}");
  });
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  vi.stubEnv("NEXT_PHASE", "phase-production-server");
  // The address `next start` sets for itself, which a warm-up would ask.
  vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "http://127.0.0.1:3999");
  const { register } = await import("../../instrumentation");
  await register();
  // Work the hook starts without awaiting it (a file read, then requests) runs within a few turns of I/O.
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  expect(asked).toEqual([]);
});
