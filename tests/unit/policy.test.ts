import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { NON_PAGE_PATHS, buildContentSecurityPolicy, buildInlineHashes } from "@/lib/http/policy.cjs";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("inline script hashes", () => {
  const html =
    '<html><head><script src="/_next/a.js" async=""></script><style>b{c:d}</style></head><body>' +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
    '<script type="application/ld+json">{"a":1}</script>' +
    '<script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"x"])</script></body></html>';

  it("hashes each distinct executable inline script and inline style, not external or JSON scripts", () => {
    const h = buildInlineHashes(html);
    expect(h.scripts).toEqual([
      hash("(self.__next_f=self.__next_f||[]).push([0])"),
      hash('self.__next_f.push([1,"x"])'),
    ]);
    expect(h.styles).toEqual([hash("b{c:d}")]);
  });

  it("puts the hashes in script-src without 'unsafe-inline'", () => {
    const policy = buildContentSecurityPolicy(buildInlineHashes(html));
    const scriptSrc = policy.split("; ").find((d: string) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${buildInlineHashes(html).scripts.join(" ")}`);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("lets any site frame an embed page only", () => {
    const embed = buildContentSecurityPolicy(undefined, { embeddable: true });
    expect(embed).toContain("frame-ancestors *");
    expect(embed).not.toContain("frame-ancestors 'none'");
    expect(buildContentSecurityPolicy()).toContain("frame-ancestors 'none'");
  });
});

describe("one policy for the whole site", () => {
  // next.config.js is CommonJS and takes its header rules from lib/http/policy.cjs.
  const config = createRequire(import.meta.url)("../../next.config.js") as {
    headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    cacheHandler: string;
  };

  it("gives the non-page paths the same policy as the pages, without hashes, and pages none of its own", async () => {
    const rules = await config.headers();
    const csp = rules.filter((r) => r.headers.some((h) => h.key === "Content-Security-Policy"));
    expect(csp).toHaveLength(1);
    expect(csp[0]!.headers[0]!.value).toBe(buildContentSecurityPolicy());
    expect(csp[0]!.source).toBe(`/:path(${NON_PAGE_PATHS})`);
    expect(config.cacheHandler).toMatch(/lib\/http\/page-store\.cjs$/);
  });

  it("leaves to the page store exactly the paths the proxy handles", () => {
    const matcher = /matcher: \[\s*"([^"]+)"/.exec(readFileSync("proxy.ts", "utf8"))![1]!;
    const proxyHandles = new RegExp(`^${matcher}$`);
    const nonPage = new RegExp(`^/(?:${NON_PAGE_PATHS})$`);
    for (const path of [
      "/",
      "/trade",
      "/embed/map",
      "/no-such-page",
      "/api/trade",
      "/_next/static/chunks/a.js",
      "/fonts/a.woff2",
      "/icon.svg",
      "/robots.txt",
      "/sitemap.xml",
      "/trade/default/opengraph-image-1ihdcm",
      "/map/phase.before/opengraph-image-cz4mcp",
    ])
      expect(proxyHandles.test(path), path).toBe(!nonPage.test(path));
  });
});
