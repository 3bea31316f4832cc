import { createHash } from "node:crypto";

/**
 * A response body built once per validated query, with its strong validator. Kept as UTF-8
 * bytes: each response sends them as they are instead of encoding the text again.
 */
export type CachedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string };

/** Wraps a body (text, or bytes such as an image) with its ETag: a hash of the bytes, so any change to the data changes it. */
export function withEtag(body: string | Uint8Array<ArrayBuffer>): CachedBody {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return { bytes, etag: `"${createHash("sha1").update(bytes).digest("base64url")}"` };
}

/**
 * The stored bytes as a response body, without a copy per response: given a Uint8Array, the
 * Response constructor copies it into a new buffer each time (undici's extractBody), which
 * under load was the largest cost of answering from the cache. A stream that hands over the
 * same bytes does not copy; nothing writes to them, and Node's socket write does not take
 * them over. (Next sends either kind of body chunked, so no Content-Length is lost.)
 */
export function storedBody(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * True when the client's If-None-Match already names this ETag (a list, a weak
 * W/ form of it, or *), so a 304 without the body is the right answer (RFC 9110 §13.1.2).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * The 200 response of a cacheable GET, or a bodyless 304 when the client has it already.
 * Both carry the same Cache-Control and ETag, as the 304 must.
 */
export function cachedResponse(
  request: { headers: Pick<Headers, "get"> },
  cached: CachedBody,
  cacheControl: string,
  headers: Record<string, string>,
): Response {
  const validators = { "Cache-Control": cacheControl, ETag: cached.etag };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), cached.etag))
    return new Response(null, { status: 304, headers: validators });
  return new Response(storedBody(cached.bytes), { status: 200, headers: { ...validators, ...headers } });
}
