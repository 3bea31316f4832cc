import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { getViewContext } from "@/lib/data/view-context";
import { type InlineHashes, buildContentSecurityPolicy, buildInlineHashes } from "@/lib/http/csp";
import { INTERNAL_RENDER_HEADER, PAGE_CACHE_CONTROL } from "@/lib/http/page-cache";
import { MemoCache } from "@/lib/memo-cache";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { VIEW_ROUTES, type ViewRoute, buildViewSearch, searchToSegment } from "@/lib/url/view-key";

/*
 * Every page request passes here. A view route (/trade?…) is parsed with the route's own
 * parser and rewritten to its canonical segment (/trade/reporter.both_from.1994), a page
 * that Next renders once and then serves from its cache (the default view is prerendered at
 * build time). The CSP carries the sha256 hashes of that page's inline scripts, computed
 * once from the bytes the cache serves. See README, "How it is built".
 */

const APP_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app");
const token = randomUUID();
/** The prerendered pages' hashes, read once from the build output (those bytes never change). */
const builtHashes = new MemoCache<Promise<InlineHashes | null>>(64);
// Loaded at process start, so the first page request does not wait for the data files.
getViewContext().catch(() => undefined);

/**
 * The hashes of a page's inline scripts. A prerendered page is hashed from the build output.
 * Any other view is fetched from the page cache for each document request and hashed: the
 * cache is bounded, and an evicted view is rendered anew, with its streamed inline scripts
 * split differently, so hashes kept from an earlier render could block a later one's scripts.
 */
async function hashesFor(target: string, file: string): Promise<InlineHashes> {
  const built = await builtHashes.get(file, () =>
    readFile(path.join(APP_DIR, file), "utf8").then(buildInlineHashes, () => null),
  );
  if (built) return built;
  const port = process.env.PORT ?? "3000";
  const res = await fetch(`http://127.0.0.1:${port}${target}`, { headers: { [INTERNAL_RENDER_HEADER]: token } });
  if (!res.ok) throw new Error(`Rendering ${target} gave ${res.status}`);
  return buildInlineHashes(await res.text());
}

async function withPolicy(req: NextRequest, res: NextResponse, target: string, file: string, cache: boolean) {
  // A client-side navigation fetches the React payload, not HTML: no inline scripts to allow.
  const isDocument = req.headers.get("rsc") !== "1";
  const policy = buildContentSecurityPolicy(isDocument ? await hashesFor(target, file) : undefined);
  res.headers.set("Content-Security-Policy", policy);
  if (cache) res.headers.set("Cache-Control", PAGE_CACHE_CONTROL);
  return res;
}

function viewRoute(pathname: string): ViewRoute | null {
  const name = pathname.slice(1);
  return (VIEW_ROUTES as readonly string[]).includes(name) ? (name as ViewRoute) : null;
}

export async function proxy(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;
  if (pathname === "/") return withPolicy(req, NextResponse.next(), "/", "index.html", true);

  const route = viewRoute(pathname);
  if (route) {
    const { search } = buildViewSearch(route, fromURLSearchParams(searchParams), await getViewContext());
    const target = `/${route}/${searchToSegment(search)}`;
    const url = req.nextUrl.clone();
    url.pathname = target;
    url.search = "";
    // The standalone server runs the proxy again on the rewritten path: the token lets it through.
    const headers = new Headers(req.headers);
    headers.set(INTERNAL_RENDER_HEADER, `rewrite ${token}`);
    const res = NextResponse.rewrite(url, { request: { headers } });
    return withPolicy(req, res, target, `${target.slice(1)}.html`, true);
  }

  const segment = /^\/(trade|aid|map|timeline|region)\/[^/]+$/.test(pathname);
  if (segment) {
    const mark = req.headers.get(INTERNAL_RENDER_HEADER);
    // The proxy's own render of a view, for its hashes.
    if (mark === token) return NextResponse.next();
    // A rewrite of ours seen again (standalone server): the response needs the view's headers here.
    if (mark === `rewrite ${token}`)
      return withPolicy(req, NextResponse.next(), pathname, `${pathname.slice(1)}.html`, true);
  }
  // Everything else (a hand-made view segment, an unknown path): the not-found page's policy.
  const res = segment ? NextResponse.rewrite(new URL("/_not-found", req.url)) : NextResponse.next();
  return withPolicy(req, res, "/_not-found", "_not-found.html", false);
}

export const config = {
  // Pages only: API routes, build assets, public files and the metadata routes (sitemap, robots,
  // a view's preview image under its segment) get the static policy from next.config.js.
  matcher: ["/((?!api/|_next/|fonts/|icon.svg|favicon.ico|robots.txt|sitemap.xml|.+/opengraph-image).*)"],
};
