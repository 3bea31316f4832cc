import { expect, test } from "./support/test";
import { APIS, EMBED_PAGES, PAGES, isEmbed } from "./support/routes";

const STATIC_FILE = "/fonts/source-sans-3-latin-400-normal.woff2";

test.describe("security headers", () => {
  for (const path of [...PAGES, ...EMBED_PAGES, ...APIS, STATIC_FILE, "/no-such-page", "/embed/timeline"]) {
    test(`${path} sends the security headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBeLessThan(500);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
        expect(csp, `${path}: CSP lacks ${directive}`).toContain(directive);
      }
      // Only the embeds may be framed, by any site; everything else by none, in both headers.
      if (isEmbed(path) && res.status() === 200) {
        expect(csp, path).toContain("frame-ancestors *");
        expect(csp, path).not.toContain("frame-ancestors 'none'");
        expect(h["x-frame-options"], path).toBeUndefined();
      } else {
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(h["x-frame-options"], path).toBe("DENY");
      }
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      // Every powerful feature the site never uses is switched off, not merely mentioned.
      const permissions = (h["permissions-policy"] ?? "").split(/,\s*/);
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
        expect(permissions, `${path}: Permissions-Policy leaves ${feature} on`).toContain(`${feature}=()`);
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  // Two policy headers are both enforced: a page's hashes would be cancelled by the hashless one.
  for (const path of ["/api/unknown", "/api/trade/nothing", "/no-such-page", "/trade/default"]) {
    test(`${path} is a 404 with exactly one Content-Security-Policy header`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      const policies = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
      expect(policies.map((h) => h.value.slice(0, 40))).toHaveLength(1);
    });
  }

  test("an unknown API path answers JSON naming the data APIs", async ({ request }) => {
    const res = await request.get("/api/unknown");
    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect((await res.json()).error).toContain("/api/trade");
  });
});
