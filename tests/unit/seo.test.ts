import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDatasetRecord, serializeJsonLd, withFormat } from "@/lib/seo/dataset";
import { DEFAULT_SITE_URL, absoluteUrl, siteOrigin } from "@/lib/seo/site-url";
import { DATA_SOURCES, buildCredits } from "@/lib/seo/sources";

const sourcesMd = readFileSync("data/SOURCES.md", "utf8");
const origin = new URL("https://example.org");

const input = {
  name: "Japan–Cambodia trade, Japan-reported, 1994–2020",
  description: "Trade as Japan reports it.",
  path: "/trade?from=1994",
  sources: [DATA_SOURCES.imfDots, DATA_SOURCES.wdi],
  years: { from: 1994, to: 2020 },
  place: "Japan; Cambodia",
  downloads: [{ name: "rows", path: "/api/trade?from=1994&format=csv", format: "text/csv" as const }],
  catalogue: "Catalogue",
};

describe("data sources of the dataset records", () => {
  it("state each licence or terms exactly as data/SOURCES.md does", () => {
    for (const [name, s] of Object.entries(DATA_SOURCES)) expect(sourcesMd, name).toContain(s.licence);
  });

  it("credit each source with a text data/SOURCES.md gives", () => {
    for (const [name, s] of Object.entries(DATA_SOURCES)) expect(sourcesMd, name).toContain(s.attribution);
  });

  it("link licences and publishers only to addresses data/SOURCES.md lists, each beside its name", () => {
    const listed = new Map(
      [...sourcesMd.matchAll(/^\| (.+?) \| (https:\/\/\S+) \|$/gm)].map(([, name, url]) => [url!, name!]),
    );
    for (const [name, s] of Object.entries(DATA_SOURCES)) {
      const source: { licence: string; licenceUrl?: string; url?: string } = s;
      if (source.licenceUrl) expect(listed.get(source.licenceUrl), `${name} licence`).toBe(source.licence);
      if (source.url) expect(listed.has(source.url), `${name} address`).toBe(true);
    }
    // Terms that are not a licence get no licence address.
    expect("licenceUrl" in DATA_SOURCES.imfDots).toBe(false);
  });
});

describe("buildDatasetRecord", () => {
  const record = buildDatasetRecord(input, origin);

  it("names each source's licence, with its URL where there is one", () => {
    expect(record.license).toEqual([
      { "@type": "CreativeWork", name: "IMF terms of use: attribution required" },
      { "@type": "CreativeWork", name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    ]);
  });

  it("gives the years as an ISO 8601 interval and absolute download URLs", () => {
    expect(record.temporalCoverage).toBe("1994/2020");
    expect(record.url).toBe("https://example.org/trade?from=1994");
    expect(record.distribution).toEqual([
      {
        "@type": "DataDownload",
        name: "rows",
        encodingFormat: "text/csv",
        contentUrl: "https://example.org/api/trade?from=1994&format=csv",
      },
    ]);
  });

  it("gives a single year as that year", () => {
    expect(buildDatasetRecord({ ...input, years: { from: 2001, to: 2001 } }, origin).temporalCoverage).toBe("2001");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element and parses back to the same value", () => {
    const value = { name: "a </script><script>alert(1)</script>" };
    const text = serializeJsonLd(value);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("withFormat", () => {
  it("adds the format to a path with or without a search string", () => {
    expect(withFormat("/api/aid", "csv")).toBe("/api/aid?format=csv");
    expect(withFormat("/api/region?partners=KHM,LAO", "csv")).toBe("/api/region?partners=KHM,LAO&format=csv");
  });
});

describe("siteOrigin", () => {
  it("defaults to the local server and keeps only the origin of SITE_URL", () => {
    expect(siteOrigin(undefined).href).toBe(`${DEFAULT_SITE_URL}/`);
    expect(siteOrigin("https://data.example.org/some/path?x=1").href).toBe("https://data.example.org/");
    expect(absoluteUrl("/map?phase=before", siteOrigin("https://data.example.org"))).toBe(
      "https://data.example.org/map?phase=before",
    );
  });

  it("falls back to the default for a value that is not an http(s) URL", () => {
    expect(siteOrigin("not a url").href).toBe(`${DEFAULT_SITE_URL}/`);
    expect(siteOrigin("ftp://example.org").href).toBe(`${DEFAULT_SITE_URL}/`);
  });
});

describe("buildCredits", () => {
  it("credits the map's sources once, Natural Earth's licence joining the boundary credit that names it", () => {
    expect(buildCredits([DATA_SOURCES.osm, DATA_SOURCES.naturalEarth])).toEqual([
      { attribution: DATA_SOURCES.osm.attribution, licences: ["ODbL 1.0", "Natural Earth is public domain"] },
    ]);
  });

  it("keeps sources that do not name each other apart", () => {
    expect(buildCredits([DATA_SOURCES.imfDots, DATA_SOURCES.wdi]).map((c) => c.licences)).toEqual([
      ["IMF terms of use: attribution required"],
      ["CC BY 4.0"],
    ]);
  });
});
