/** Runs once when the server starts (Next's instrumentation hook). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Not awaited: the server starts serving at once; the first preview image finds the library ready.
  const { warmPreviewImages } = await import("./lib/og/warm");
  warmPreviewImages().catch(() => undefined);
}
