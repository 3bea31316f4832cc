import { type APIRequestContext, expect, test } from "./support/test";

/** Three views of one route and one of each other route: every preview image differs. */
const VIEWS = [
  "/trade",
  "/trade?reporter=both&from=1994&to=2020",
  "/trade?measure=share&scale=log",
  "/aid?from=1975&to=2000",
  "/region?measure=aid",
  "/map?phase=before",
  "/timeline?era=cold-war",
] as const;

const PNG_SIGNATURE = "89504e470d0a1a0a";

/** The og:image URL of a page, as a path on the server under test. */
async function ogImage(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const content = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  expect(content, `${path} has an og:image`).toBeTruthy();
  const url = new URL(content!.replaceAll("&amp;", "&"));
  expect(html, `${path}: the Twitter card uses the same image`).toContain(
    `<meta name="twitter:image" content="${content}"/>`,
  );
  return url.pathname + url.search;
}

test.describe("preview images", () => {
  test("each view's og:image is its own 1200×630 PNG, publicly cacheable", async ({ request }) => {
    const seen = new Map<string, string>();
    for (const view of VIEWS) {
      const image = await ogImage(request, view);
      const res = await request.get(image);
      expect(res.status(), image).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      expect(res.headers()["cache-control"]).toMatch(/^public\b/);
      const png = await res.body();
      expect(png.subarray(0, 8).toString("hex"), `${image} is a PNG`).toBe(PNG_SIGNATURE);
      // IHDR is the first chunk: width and height are its first two big-endian 32-bit fields.
      expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      const key = png.toString("base64");
      expect(seen.get(key), `${view} draws the same image as another view`).toBeUndefined();
      seen.set(key, view);
    }
  });

  test("the image of a segment that is not a canonical view is a 404", async ({ request }) => {
    const image = await ogImage(request, "/trade");
    const bad = image.replace("/trade/default/", "/trade/from.1800/").split("?")[0]!;
    expect((await request.get(bad)).status()).toBe(404);
  });

  test("a view's image is drawn on first request, then served again as the same bytes", async ({ request }) => {
    // How long the drawing takes is measured by `npm run bench` (preview rows), not here: a test
    // that times a request fails whenever the machine is busy.
    const image = await ogImage(request, "/trade?reporter=cambodia&from=1985");
    const first = await request.get(image);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, "the image carries an ETag").toBeTruthy();
    const again = await request.get(image);
    expect(again.status()).toBe(200);
    expect(again.headers()["etag"], "the stored copy keeps its ETag").toBe(etag);
    expect(Buffer.compare(await again.body(), await first.body()), "the stored copy is the same image").toBe(0);
    const revalidated = await request.get(image, { headers: { "If-None-Match": etag! } });
    expect(revalidated.status(), "a cache revalidating with the ETag gets 304").toBe(304);
  });
});
