/** Runs once when the server starts (Next's instrumentation hook). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Not awaited: the server starts serving at once and draws the default preview images beside it.
  const { warmPreviewImages } = await import("./lib/og/warm");
  warmPreviewImages().catch(() => undefined);
}
