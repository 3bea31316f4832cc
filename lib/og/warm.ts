import { readFile } from "node:fs/promises";
import path from "node:path";

const MANIFEST = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app-paths-manifest.json");
const IMAGE_ROUTE = /^\/\(site\)\/([a-z]+)\/\[view\]\/(opengraph-image-[a-z0-9]+)\/route$/;

async function serverAnswers(origin: string): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    try {
      if ((await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * Draws each route's default preview image once the server answers, through the server itself.
 * The first image a route draws pays for loading its module, the image library's WebAssembly,
 * the fonts and the route's data (the map's model most of all: over a second on a loaded
 * machine); after that, a view's first image takes about 50–150 ms. Doing it at start means no
 * reader's link preview waits for it. The image paths carry a build hash, read from the build's
 * route manifest. Only a warm-up: it asks the address `next start` reports it listens on and gives
 * up quietly when that does not answer (another address, a sibling process on the same port);
 * nothing waits for it, and each image is drawn on its first request anyway.
 */
export async function warmPreviewImages(): Promise<void> {
  const manifest = JSON.parse(await readFile(MANIFEST, "utf8")) as Record<string, string>;
  const images = Object.keys(manifest).flatMap((key) => {
    const m = IMAGE_ROUTE.exec(key);
    return m ? [`/${m[1]}/default/${m[2]}`] : [];
  });
  // The address next start and the standalone server listen on (they set it when they start).
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin || !(await serverAnswers(origin))) return;
  for (const image of images) await (await fetch(`${origin}${image}`)).arrayBuffer();
}
