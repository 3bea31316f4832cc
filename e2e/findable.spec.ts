import { expect, test } from "./support/test";
import { PAGES } from "./support/routes";

/** Each data view with a state that differs from its default, and what its record must name. */
const DATA_VIEWS = [
  {
    path: "/trade?reporter=both&from=1994&to=2020",
    licence: "IMF terms of use: attribution required",
    years: "1994/2020",
  },
  { path: "/aid?from=1975&to=2000", licence: "CC BY 4.0", years: "1975/2000" },
  { path: "/region?measure=aid&from=1992", licence: "CC BY 4.0", years: "1992/2023" },
  { path: "/map?phase=before", licence: "ODbL 1.0", years: "1941/1946" },
] as const;

type Dataset = {
  "@type": string;
  name: string;
  url: string;
  license: { name: string; url?: string }[];
  creditText: string;
  temporalCoverage: string;
  distribution: { encodingFormat: string; contentUrl: string }[];
};

/** An attribute's value as the browser reads it (React escapes only these in attributes). */
const unescape = (value: string | undefined) =>
  value
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
const meta = (html: string, attr: "property" | "name", key: string) =>
  unescape(html.match(new RegExp(`<meta ${attr}="${key.replace(".", "\\.")}" content="([^"]*)"`))?.[1]);
const canonical = (html: string) => unescape(html.match(/<link rel="canonical" href="([^"]*)"/)?.[1]);

test.describe("findable", () => {
  test("the sitemap lists every view with an absolute URL", async ({ request }) => {
    const res = await request.get("/sitemap.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("xml");
    const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(locs.map((u) => u.pathname).sort()).toEqual([...PAGES].sort());
    for (const u of locs) expect(u.origin, "absolute, on one origin").toBe(locs[0]!.origin);
  });

  test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \//i);
    expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  for (const view of DATA_VIEWS) {
    test(`${view.path}: the Dataset record parses and names the licence, the years and the CSV`, async ({
      request,
    }) => {
      const html = await (await request.get(view.path)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      const record = JSON.parse(blocks[0]![1]!) as Dataset;
      expect(record["@type"]).toBe("Dataset");
      expect(record.license.map((l) => l.name)).toContain(view.licence);
      expect(record.creditText.length).toBeGreaterThan(10);
      expect(record.temporalCoverage).toBe(view.years);
      expect(record.url).toBe(canonical(html));
      // Each download is a working URL on the site, of the format it claims.
      const csv = record.distribution.find((d) => d.encodingFormat === "text/csv");
      if (view.path.startsWith("/map")) expect(csv).toBeUndefined();
      for (const d of record.distribution) {
        const res = await request.get(new URL(d.contentUrl).pathname + new URL(d.contentUrl).search);
        expect(res.status(), d.contentUrl).toBe(200);
        expect(res.headers()["content-type"], d.contentUrl).toContain(d.encodingFormat);
      }
      if (csv) expect(csv.contentUrl).toContain("format=csv");
    });
  }

  test("og:title, og:description, og:url and the canonical URL follow the view", async ({ request }) => {
    const seen = new Set<string>();
    for (const path of [
      "/trade",
      "/trade?from=1994&reporter=both",
      "/aid?to=2000",
      "/region?measure=aid",
      "/timeline?era=cold-war",
    ]) {
      const html = await (await request.get(path)).text();
      const url = meta(html, "property", "og:url");
      expect(url, path).toBe(canonical(html));
      expect(meta(html, "property", "og:title"), path).toBeTruthy();
      expect(meta(html, "property", "og:description"), path).toBeTruthy();
      expect(meta(html, "name", "twitter:card"), path).toBe("summary_large_image");
      seen.add(`${url} ${meta(html, "property", "og:title")} ${meta(html, "property", "og:description")}`);
    }
    expect(seen.size, "each view has its own card").toBe(5);
  });

  test("the canonical URL is the route with the normalised params, the same for equivalent URLs", async ({
    request,
  }) => {
    const canon = async (path: string) => new URL(canonical(await (await request.get(path)).text())!);
    const a = await canon("/trade?to=2010&reporter=both&from=1994");
    expect(a.pathname + a.search).toBe("/trade?reporter=both&from=1994&to=2010");
    expect((await canon("/trade?reporter=thailand")).pathname).toBe("/trade");
    expect((await canon("/trade?reporter=thailand")).search).toBe("");
    const m = await canon("/map?phase=before&account=treaty");
    expect(m.pathname + m.search).toBe("/map?phase=before");
  });

  test("the timeline and the overview carry no Dataset record (no download behind them)", async ({ request }) => {
    for (const path of ["/", "/timeline"])
      expect(await (await request.get(path)).text(), path).not.toContain("application/ld+json");
  });
});
