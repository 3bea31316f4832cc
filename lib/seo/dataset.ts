import type { DataSource } from "./sources";

/** One file a view's data can be downloaded as (a schema.org DataDownload). */
export type Download = { name: string; path: string; format: "text/csv" | "application/json" };

export type DatasetInput = {
  name: string;
  description: string;
  /** The view's canonical path with its search string. */
  path: string;
  sources: readonly DataSource[];
  /** Calendar years the view covers (schema.org temporalCoverage is an ISO 8601 interval). */
  years: { from: number; to: number };
  place: string;
  downloads: readonly Download[];
  catalogue: string;
};

/**
 * The schema.org Dataset record of a view, for dataset search engines: what the data are, who
 * publishes them under which licence or terms, the years covered and where to download them.
 * URLs are absolute (crawlers read the record without the page's base URL).
 */
export function buildDatasetRecord(input: DatasetInput, origin: URL): Record<string, unknown> {
  const abs = (path: string) => new URL(path, origin).href;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: input.name,
    description: input.description,
    url: abs(input.path),
    isAccessibleForFree: true,
    creator: input.sources.map((s) => ({
      "@type": "Organization",
      name: s.publisher,
      ...(s.url ? { url: s.url } : {}),
    })),
    // A CreativeWork rather than a bare URL: the IMF's terms have a name but no URL in data/SOURCES.md.
    license: input.sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.licence,
      ...(s.licenceUrl ? { url: s.licenceUrl } : {}),
    })),
    creditText: input.sources.map((s) => s.attribution).join("; "),
    temporalCoverage:
      input.years.from === input.years.to ? String(input.years.from) : `${input.years.from}/${input.years.to}`,
    spatialCoverage: { "@type": "Place", name: input.place },
    distribution: input.downloads.map((d) => ({
      "@type": "DataDownload",
      name: d.name,
      encodingFormat: d.format,
      contentUrl: abs(d.path),
    })),
    includedInDataCatalog: { "@type": "DataCatalog", name: input.catalogue, url: abs("/") },
  };
}

/**
 * The record as the text of a <script type="application/ld+json">. "<" is escaped so no value
 * can close the script element; JSON parsers read \u003c back as "<".
 */
export const serializeJsonLd = (record: unknown) => JSON.stringify(record).replaceAll("<", "\\u003c");

/** `/api/trade?from=1994` + csv → `/api/trade?from=1994&format=csv`. */
export function withFormat(href: string, format: "csv" | "json"): string {
  const [path, search = ""] = href.split("?");
  const q = new URLSearchParams(search);
  q.set("format", format);
  return `${path}?${q.toString().replaceAll("%2C", ",")}`;
}

/** A view's downloads: its API's CSV and JSON. */
export const csvAndJson = (api: string, what: string): Download[] => [
  { name: `${what} (CSV)`, path: withFormat(api, "csv"), format: "text/csv" },
  { name: `${what} (JSON)`, path: api, format: "application/json" },
];
