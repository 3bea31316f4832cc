import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { getViewContext } from "@/lib/data/view-context";
import { buildContentSecurityPolicy, buildInlineHashes } from "@/lib/http/csp";
import {
  type PageDocument,
  buildDocumentResponse,
  buildPageDocument,
  isDocumentRequest,
} from "@/lib/http/page-document";
import { INTERNAL_RENDER_HEADER, PAGE_CACHE_CONTROL } from "@/lib/http/page-cache";
import { MemoCache } from "@/lib/memo-cache";
import { buildEmbedTarget, embedRouteOf, isEmbedPath } from "@/lib/url/embed-params";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { VIEW_ROUTES, type ViewRoute, buildViewSearch, searchToSegment } from "@/lib/url/view-key";

/*
 * Every page request passes here. A view route (/trade?…) is parsed with the route's own
 * parser and mapped to its canonical segment (/trade/reporter.both_from.1994), a page that
 * Next renders once (the default view is prerendered at build time). The proxy keeps each
 * rendered page with its ETag and the sha256 hashes of its inline scripts, and answers
 * document requests from that copy, so a crowd on one link costs one render and no
 * re-hashing. See README, "How it is built".
 */

const APP_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app");
const token = randomUUID();
/**
 * The pages this process has served, each with its ETag and script policy (bounded, least
 * recently used out: a view is about 0.1–0.4 MB with its gzipped copy). A prerendered page is
 * read from the build output; any other view is rendered by Next once, on its first request.
 */
const documents = new MemoCache<Promise<PageDocument>>(128);
// Loaded at process start, so the first page request does not wait for the data files.
getViewContext().catch(() => undefined);

async function renderView(target: string): Promise<string> {
  const port = process.env.PORT ?? "3000";
  const res = await fetch(`http://127.0.0.1:${port}${target}`, { headers: { [INTERNAL_RENDER_HEADER]: token } });
  if (!res.ok) throw new Error(`Rendering ${target} gave ${res.status}`);
  return res.text();
}

function documentFor(target: string, file: string): Promise<PageDocument> {
  return documents.getOrRetry(target, async () => {
    const built = await readFile(path.join(APP_DIR, file), "utf8").catch(() => null);
    return buildPageDocument(built ?? (await renderView(target)), { embeddable: isEmbedPath(target) });
  });
}

/**
 * A browser's (or CDN's) request for a page gets the stored document, 304 when its ETag
 * matches. A client-side navigation asks for the React payload instead: that goes to Next,
 * which serves it from its own cache; it holds no inline scripts to allow. Next hides the
 * payload request's own marks (the RSC headers, the _rsc parameter) from the proxy, so the
 * browser's Fetch Metadata tells them apart (lib/http/page-document.ts).
 */
async function servePage(req: NextRequest, target: string, file: string, next: () => NextResponse) {
  if (isDocumentRequest(req)) return buildDocumentResponse(await documentFor(target, file), req);
  const res = next();
  res.headers.set(
    "Content-Security-Policy",
    buildContentSecurityPolicy(undefined, { embeddable: isEmbedPath(target) }),
  );
  res.headers.set("Cache-Control", PAGE_CACHE_CONTROL);
  return res;
}

/** The not-found page's policy, from its build output (hashed once: those bytes never change). */
const notFoundHashes = readFile(path.join(APP_DIR, "_not-found.html"), "utf8").then(buildInlineHashes, () => undefined);

function viewRoute(pathname: string): ViewRoute | null {
  const name = pathname.slice(1);
  return (VIEW_ROUTES as readonly string[]).includes(name) ? (name as ViewRoute) : null;
}

export async function proxy(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;
  if (pathname === "/") return servePage(req, "/", "index.html", () => NextResponse.next());

  const route = viewRoute(pathname);
  // An embed (/embed/trade?…) is keyed like its view, with its theme and controls appended.
  const embed = route ? null : embedRouteOf(pathname);
  if (route || embed) {
    const raw = fromURLSearchParams(searchParams);
    const target = embed
      ? buildEmbedTarget(embed, raw, await getViewContext())
      : `/${route}/${searchToSegment(buildViewSearch(route!, raw, await getViewContext()).search)}`;
    return servePage(req, target, `${target.slice(1)}.html`, () => {
      const url = req.nextUrl.clone();
      url.pathname = target;
      url.search = "";
      // The standalone server runs the proxy again on the rewritten path: the token lets it through.
      const headers = new Headers(req.headers);
      headers.set(INTERNAL_RENDER_HEADER, `rewrite ${token}`);
      return NextResponse.rewrite(url, { request: { headers } });
    });
  }

  const segment = /^\/(embed\/)?(trade|aid|map|timeline|region)\/[^/]+$/.test(pathname);
  if (segment) {
    const mark = req.headers.get(INTERNAL_RENDER_HEADER);
    // The proxy's own render of a view, for its document.
    if (mark === token) return NextResponse.next();
    // A rewrite of ours seen again (standalone server): the payload response needs the view's headers here.
    if (mark === `rewrite ${token}`) {
      const res = NextResponse.next();
      res.headers.set(
        "Content-Security-Policy",
        buildContentSecurityPolicy(undefined, { embeddable: isEmbedPath(pathname) }),
      );
      res.headers.set("Cache-Control", PAGE_CACHE_CONTROL);
      return res;
    }
  }
  // Everything else (a hand-made view segment, an unknown path): the not-found page's policy.
  const res = segment ? NextResponse.rewrite(new URL("/_not-found", req.url)) : NextResponse.next();
  res.headers.set("Content-Security-Policy", buildContentSecurityPolicy(await notFoundHashes));
  return res;
}

export const config = {
  // Pages only: API routes, build assets, public files and the metadata routes (sitemap, robots,
  // a view's preview image under its segment) get the static policy from next.config.js.
  matcher: [
    "/((?!api/|_next/|fonts/|icon.svg|favicon.ico|robots.txt|sitemap.xml$|(?:trade|aid|map|region|timeline)/[^/]+/opengraph-image-[a-z0-9]+$).*)",
  ],
};
