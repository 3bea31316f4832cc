import autocannon from "autocannon";

export type LoadFigures = {
  path: string;
  /** What the run sent beyond a plain GET (request headers), when it sent something. */
  label?: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
};

/**
 * Bounded load on loopback only: `connections` concurrent clients for `seconds`, then it
 * stops by itself. Never point this at another host.
 */
export async function loadTest(
  baseUrl: string,
  path: string,
  seconds: number,
  connections = 100,
  headers: Record<string, string> = {},
): Promise<LoadFigures> {
  const url = new URL(path, baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    throw new Error(`refusing to load-test ${url.hostname}: loopback only`);
  const r = await autocannon({ url: url.href, connections, duration: seconds, timeout: 10, headers });
  return {
    path,
    requestsPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}
