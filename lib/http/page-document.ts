import { type CachedBody, matchesIfNoneMatch, storedBody, withEtag } from "@/lib/cached-response";
import { buildContentSecurityPolicy, buildInlineHashes } from "./csp";
import { PAGE_CACHE_CONTROL } from "./page-cache";
import { deferPageScripts } from "./defer-scripts";

/**
 * One rendered page as the server sends it to a browser: its UTF-8 bytes (encoded once) with
 * the ETag and the script policy computed from those same bytes. Keeping the three together
 * is what makes the hashes safe: a view rendered again (after Next's cache evicted it) may
 * split its streamed inline scripts differently, but the document served here is always the
 * one the hashes were computed from. (Compression is left to the server: Next drops a proxy
 * response's Content-Encoding and compresses the body itself.)
 */
export type PageDocument = CachedBody & { csp: string };

/**
 * The document of a page as Next rendered it, its scripts requested after the first paint
 * (./defer-scripts.ts). `embeddable`: the page is an embed, which other sites may frame (lib/http/csp.ts).
 */
export function buildPageDocument(raw: string, policy: { embeddable?: boolean } = {}): PageDocument {
  const html = deferPageScripts(raw);
  return { ...withEtag(html), csp: buildContentSecurityPolicy(buildInlineHashes(html), policy) };
}

/** What a browser loads as a page (a navigation or a frame), per its Sec-Fetch-Dest header. */
const DOCUMENT_DESTINATIONS = new Set(["document", "iframe", "frame"]);

/**
 * Whether a page request asks for the HTML document. A browser marks a navigation with
 * `Sec-Fetch-Dest: document` (an embed's frame with `iframe`) and the router's payload fetch
 * with `empty`; a client that sends no Fetch Metadata (a CDN revalidating, curl) gets the
 * document. A fetch() of a page goes to Next and still gets the right bytes, only without the
 * stored ETag; an old browser without Fetch Metadata gets HTML for a payload request, which
 * its router loads as a full page.
 */
export function isDocumentRequest(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const dest = request.headers.get("sec-fetch-dest");
  return dest === null || DOCUMENT_DESTINATIONS.has(dest);
}

/**
 * The response headers of a page document. Vary lists what Next's own responses vary on
 * (a client navigation asks the same URL for the React payload instead of HTML) and the
 * encoding, so a shared cache keeps the variants apart.
 */
function documentHeaders(doc: PageDocument): Headers {
  return new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": PAGE_CACHE_CONTROL,
    ETag: doc.etag,
    "Content-Security-Policy": doc.csp,
    Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  });
}

/** 304 for a matching If-None-Match, else the page; HEAD gets the headers only. */
export function buildDocumentResponse(doc: PageDocument, request: Request): Response {
  const headers = documentHeaders(doc);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), doc.etag))
    return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : storedBody(doc.bytes), { status: 200, headers });
}
