import { randomUUID } from "node:crypto";
import { type NextRequest, NextResponse } from "next/server";
import {
  INTERNAL_REWRITE_HEADER,
  NOT_FOUND_CACHE_CONTROL,
  PAGE_CACHE_CONTROL,
  VIEW_CANONICAL_HEADER,
} from "@/lib/http/page-cache";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { searchToSegment } from "@/lib/url/segment";
import { buildEmbedTarget, embedRouteOf } from "@/views/shared/embed-key";
import { VIEW_ROUTES, type ViewRoute, viewOf } from "@/views/registry";
import { getViewContext } from "@/views/shared/view-context";
import { buildViewSearch } from "@/views/shared/view-key";

/*
 * Every page request passes here. A view route (/trade?…) is parsed with the route's own
 * parser and mapped to its canonical segment (/trade/reporter.both_from.1994), a page that
 * Next renders once and keeps in the page store (lib/http/page-store.cjs), which also gives
 * it its script policy. The proxy only rewrites and sets the shared-cache rule: every request
 * for a view gets Next's answer from that store, whatever its Fetch Metadata. See README,
 * "How pages are cached".
 */

/** Marks this process's own rewrites, which the standalone server passes through the proxy again. */
const token = randomUUID();
// Loaded at process start, so the first page request does not wait for the data files.
getViewContext().catch(() => undefined);

function viewRoute(pathname: string): ViewRoute | null {
  return viewOf(pathname.slice(1))?.route ?? null;
}

/** A view's internal segment path (/trade/reporter.both, /embed/map/default): only the proxy writes them. */
const SEGMENT_PATH = new RegExp(`^/(embed/)?(${VIEW_ROUTES.join("|")})/[^/]+$`);

/** A page response: shared caches may keep it for an hour (lib/http/page-cache.ts). */
function cacheable(res: NextResponse): NextResponse {
  res.headers.set("Cache-Control", PAGE_CACHE_CONTROL);
  return res;
}

/**
 * Says whether the URL asked is its view's canonical address, byte for byte. A cache in front
 * keys on the URL before it sees the response, so any spelling of a view (parameters reordered,
 * defaults written out, bad values, a huge query string) would be one more copy: the cache stores
 * only canonical URLs (deploy/nginx.conf, proxy_no_cache) and passes the rest to this server,
 * which answers them from its page store. The response is the same either way.
 */
function markCanonical(res: NextResponse, asked: string, canonical: string): NextResponse {
  res.headers.set(VIEW_CANONICAL_HEADER, asked === canonical.replace(/^\?/, "") ? "1" : "0");
  return res;
}

export async function proxy(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;
  const asked = new URL(req.url).search.replace(/^\?/, "");
  if (pathname === "/") return markCanonical(cacheable(NextResponse.next()), asked, "");

  const route = viewRoute(pathname);
  // An embed (/embed/trade?…) is keyed like its view, with its theme and controls appended.
  const embed = route ? null : embedRouteOf(pathname);
  if (route || embed) {
    const raw = fromURLSearchParams(searchParams);
    const search = route ? buildViewSearch(route, raw, await getViewContext()).search : null;
    const target = embed
      ? buildEmbedTarget(embed, raw, await getViewContext())
      : `/${route}/${searchToSegment(search!)}`;
    // Built on the address as the server was asked (req.url; next.config.js skipProxyUrlNormalize):
    // req.nextUrl names any 127.x address "localhost", and a rewrite to another origin than the
    // server's own is proxied over the network by Next.
    const url = new URL(target, req.url);
    const headers = new Headers(req.headers);
    headers.set(INTERNAL_REWRITE_HEADER, token);
    const res = cacheable(NextResponse.rewrite(url, { request: { headers } }));
    // An embed's options have no serialiser of their own yet: its URLs are not marked.
    return search === null ? res : markCanonical(res, asked, search);
  }

  const segment = SEGMENT_PATH.test(pathname);
  // A rewrite of ours seen again (the standalone server runs the proxy on the rewritten path).
  if (segment && req.headers.get(INTERNAL_REWRITE_HEADER) === token) return cacheable(NextResponse.next());
  // A hand-made view segment is not addressable; anything else is Next's to answer (a 404).
  if (!segment) return NextResponse.next();
  const notFound = NextResponse.rewrite(new URL("/_not-found", req.url));
  notFound.headers.set("Cache-Control", NOT_FOUND_CACHE_CONTROL);
  return notFound;
}

export const config = {
  // Pages only: the paths of lib/http/policy.cjs's NON_PAGE_PATHS (API routes, build assets,
  // public files, metadata routes, a view's preview image) are left alone.
  matcher: [
    "/((?!api/|_next/|fonts/|icon.svg|favicon.ico|robots.txt|sitemap.xml$|[a-z]+/[^/]+/opengraph-image-[a-z0-9]+$).*)",
  ],
};
