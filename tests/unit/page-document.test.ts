import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildDocumentResponse, buildPageDocument, isDocumentRequest } from "@/lib/http/page-document";

const html = '<html><body><main>Trade</main><script>self.__next_f.push([1,"x"])</script></body></html>';
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const get = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://127.0.0.1/trade", { method, headers });

describe("page document", () => {
  it("keeps the page, an ETag of its bytes and a policy hashing its inline script", () => {
    const doc = buildPageDocument(html);
    expect(new TextDecoder().decode(doc.bytes)).toBe(html);
    expect(doc.etag).toMatch(/^"[\w-]+"$/);
    expect(buildPageDocument(html).etag).toBe(doc.etag);
    expect(buildPageDocument(html.replace("Trade", "Aid")).etag).not.toBe(doc.etag);
    expect(doc.csp).toContain(hash('self.__next_f.push([1,"x"])'));
    expect(doc.csp).not.toContain("'unsafe-inline' 'sha");
  });

  it("answers 304 to If-None-Match lists, weak tags and *, and 200 to anything else", () => {
    const doc = buildPageDocument(html);
    const status = (ifNoneMatch?: string) =>
      buildDocumentResponse(doc, get(ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch })).status;
    expect(status(doc.etag)).toBe(304);
    expect(status(`W/${doc.etag}`)).toBe(304);
    expect(status(`"x", ${doc.etag}`)).toBe(304);
    expect(status("*")).toBe(304);
    expect(status(doc.etag.replace(/"$/, 'd"'))).toBe(200);
    expect(status()).toBe(200);
  });
});

describe("document requests", () => {
  it("are navigations, frames and requests without Fetch Metadata; not the router's fetches or other methods", () => {
    expect(isDocumentRequest(get({ "sec-fetch-dest": "document" }))).toBe(true);
    expect(isDocumentRequest(get({ "sec-fetch-dest": "iframe" }))).toBe(true);
    expect(isDocumentRequest(get())).toBe(true);
    expect(isDocumentRequest(get({}, "HEAD"))).toBe(true);
    expect(isDocumentRequest(get({ "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isDocumentRequest(get({ "sec-fetch-dest": "document" }, "POST"))).toBe(false);
  });
});

describe("document response", () => {
  const doc = buildPageDocument(html);

  it("sends the page as HTML with the public cache rule, its ETag and its policy", async () => {
    const res = buildDocumentResponse(doc, get());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(res.headers.get("etag")).toBe(doc.etag);
    expect(res.headers.get("content-security-policy")).toBe(doc.csp);
    expect(res.headers.get("vary")).toMatch(/\brsc\b.*Accept-Encoding/);
    expect(await res.text()).toBe(html);
  });

  it("answers a matching If-None-Match with an empty 304 that keeps the ETag", async () => {
    const res = buildDocumentResponse(doc, get({ "if-none-match": doc.etag }));
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(doc.etag);
    expect(await res.text()).toBe("");
    expect(buildDocumentResponse(doc, get({ "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = buildDocumentResponse(doc, get({}, "HEAD"));
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(doc.etag);
    expect(await res.text()).toBe("");
  });
});
