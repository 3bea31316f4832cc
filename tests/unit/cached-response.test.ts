import { describe, expect, it } from "vitest";
import { cachedResponse, matchesIfNoneMatch, storedBody, withEtag } from "@/lib/cached-response";

const CACHE = "public, max-age=300";
const get = (ifNoneMatch?: string) =>
  new Request("http://x/api/aid", ifNoneMatch === undefined ? {} : { headers: { "If-None-Match": ifNoneMatch } });

describe("withEtag", () => {
  it("gives equal bodies the same strong ETag and different bodies different ones", () => {
    const a = withEtag('{"a":1}');
    expect(a.etag).toMatch(/^"[\w-]+"$/);
    expect(withEtag('{"a":1}').etag).toBe(a.etag);
    expect(withEtag('{"a":2}').etag).not.toBe(a.etag);
  });
});

describe("matchesIfNoneMatch", () => {
  const { etag } = withEtag("body");
  it("matches the tag itself, its weak form, a list holding it and *", () => {
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(" * ", etag)).toBe(true);
  });
  it("does not match no header, another tag or the tag without quotes", () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(etag.replace(/"/g, ""), etag)).toBe(false);
  });
});

describe("cachedResponse", () => {
  const cached = withEtag("year,value\r\n1990,1\r\n");
  const headers = { "Content-Type": "text/csv; charset=utf-8" };
  it("sends the body with its ETag, Cache-Control and own headers", async () => {
    const res = cachedResponse(get(), cached, CACHE, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(cached.etag);
    expect(res.headers.get("cache-control")).toBe(CACHE);
    expect(res.headers.get("content-type")).toBe(headers["Content-Type"]);
    expect(await res.text()).toBe("year,value\r\n1990,1\r\n");
  });
  it("answers a matching If-None-Match with an empty 304 carrying the same validators", async () => {
    const res = cachedResponse(get(cached.etag), cached, CACHE, headers);
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(cached.etag);
    expect(res.headers.get("cache-control")).toBe(CACHE);
    expect(await res.text()).toBe("");
  });
  it("sends the body again when the client holds an older version", () => {
    expect(cachedResponse(get(withEtag("old").etag), cached, CACHE, headers).status).toBe(200);
  });
});

describe("storedBody", () => {
  it("sends the stored bytes as they are, again and again, and leaves them intact", async () => {
    const cached = withEtag("ក ok “quoted” " + "x".repeat(100_000));
    const copy = cached.bytes.slice();
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => new Response(storedBody(cached.bytes)).arrayBuffer()),
    );
    // Buffer.equals, not toEqual: a deep comparison walks 100,000 elements one by one and
    // took seconds on a busy machine.
    for (const b of bodies) expect(Buffer.from(b).equals(copy)).toBe(true);
    expect(cached.bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(cached.bytes).equals(copy)).toBe(true);
  });
});

describe("withEtag of bytes", () => {
  it("keeps the bytes as they are and hashes them like the same text", () => {
    const bytes = new TextEncoder().encode("ក ok");
    const cached = withEtag(bytes);
    expect(cached.bytes).toBe(bytes);
    expect(cached.etag).toBe(withEtag("ក ok").etag);
    expect(withEtag(new Uint8Array([1, 2, 3])).etag).not.toBe(withEtag(new Uint8Array([1, 2, 4])).etag);
  });
});
