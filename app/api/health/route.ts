/** Liveness probe used by the test runner and the benchmark to know the server is up. */
export function GET(): Response {
  return Response.json({ ok: true });
}
