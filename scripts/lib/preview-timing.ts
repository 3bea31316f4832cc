export type PreviewFigures = {
  view: string;
  /** The first request for this view's image in a freshly started server process. */
  firstMs: number;
  /** The same image asked for again: served from the server's copy. */
  againMs: number;
  bytes: number;
  status: number;
};

/** The image URL a page names in og:image, as a path on the server under test. */
async function previewPath(base: string, view: string): Promise<string> {
  const html = await (await fetch(`${base}${view}`)).text();
  const meta = /<meta\s+property="og:image"\s+content="([^"]+)"/.exec(html);
  if (!meta) throw new Error(`${view} names no og:image`);
  const url = new URL(meta[1]!.replace(/&amp;/g, "&"));
  return `${url.pathname}${url.search}`;
}

async function timed(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: Math.round(performance.now() - started), bytes, status: res.status };
}

/**
 * Preview image timing per view: the first request (drawn by the server) and a repeat (its
 * stored copy). Run on a fresh server with views it has not drawn. Each route's default image is
 * asked for first, which loads the route's module, the image library and the data, so the
 * timings are those of a new view in a route already in use.
 */
export async function measurePreviews(
  base: string,
  views: readonly string[],
  defaults: readonly string[],
): Promise<PreviewFigures[]> {
  for (const route of defaults) await timed(`${base}${await previewPath(base, route)}`);
  const out: PreviewFigures[] = [];
  for (const view of views) {
    const url = `${base}${await previewPath(base, view)}`;
    const first = await timed(url);
    const again = await timed(url);
    out.push({ view, firstMs: first.ms, againMs: again.ms, bytes: first.bytes, status: first.status });
  }
  return out;
}
