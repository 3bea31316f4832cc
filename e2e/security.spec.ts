import { expect, test } from "@playwright/test";
import { APIS, PAGES } from "./support/routes";

const STATIC_FILE = "/fonts/source-sans-3-latin-400-normal.woff2";

test.describe("security headers", () => {
  for (const path of [...PAGES, ...APIS, STATIC_FILE, "/no-such-page"]) {
    test(`${path} sends the security headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBeLessThan(500);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp, `${path}: CSP lacks ${directive}`).toContain(directive);
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
});
