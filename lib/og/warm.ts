import { readFile } from "node:fs/promises";
import path from "node:path";

const MANIFEST = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app-paths-manifest.json");
const IMAGE_ROUTE = /^\/\(site\)\/([a-z]+)\/\[view\]\/(opengraph-image-[a-z0-9]+)\/route$/;

async function serverAnswers(origin: string): Promise<boolean> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return true;
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
 * route manifest.
 */
export async function warmPreviewImages(): Promise<void> {
  const manifest = JSON.parse(await readFile(MANIFEST, "utf8")) as Record<string, string>;
  const images = Object.keys(manifest).flatMap((key) => {
    const m = IMAGE_ROUTE.exec(key);
    return m ? [`/${m[1]}/default/${m[2]}`] : [];
  });
  const origin = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  if (!(await serverAnswers(origin))) return;
  for (const image of images) await (await fetch(`${origin}${image}`)).arrayBuffer();
}
