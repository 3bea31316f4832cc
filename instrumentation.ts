/** Runs once when the server starts (Next's instrumentation hook). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Checks what the page layer assumes about Next's output; one error names what failed.
  const { getPageLayer } = await import("./lib/http/page-check.cjs");
  getPageLayer();
}
