import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildInlineHashes } from "@/lib/http/csp";

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
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
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
