import { gzipSync } from "node:zlib";
import { deferredScripts } from "../../lib/http/defer-scripts.cjs";

export type FirstLoad = {
  route: string;
  scripts: { src: string; gzip: number; raw: number }[];
  gzipBytes: number;
  rawBytes: number;
};

/**
 * The JavaScript a route makes the browser download before it is interactive: every
 * <script src> in the server HTML and every file its script loader requests after the first
 * paint (lib/http/defer-scripts.cjs); the legacy noModule polyfill is skipped, modern
 * browsers never fetch it. Each is gzip-compressed at level 9. Chunks the page
 * imports later (the interactive chart, the export code) are not counted, by design.
 */
export async function measureFirstLoad(baseUrl: string, route: string): Promise<FirstLoad> {
  const html = await (await fetch(new URL(route, baseUrl))).text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
  const unique = [...new Set([...srcs, ...deferredScripts(html)])];
  const scripts = await Promise.all(
    unique.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
  return {
    route,
    scripts,
    gzipBytes: scripts.reduce((s, x) => s + x.gzip, 0),
    rawBytes: scripts.reduce((s, x) => s + x.raw, 0),
  };
}
