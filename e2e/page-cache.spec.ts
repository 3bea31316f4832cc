import { createHash } from "node:crypto";
import { expect, test } from "./support/test";
import { waitForHydration } from "./support/hydration";
import { EMBED_PAGES, PAGES, isEmbed } from "./support/routes";

/** One shared-link view per route next to its default view. */
const VIEWS = [
  ...PAGES,
  ...EMBED_PAGES,
  "/trade?reporter=both&from=1994&to=2020",
  "/embed/trade?reporter=both&from=1994&to=2020&theme=dark&controls=0",
  "/aid?from=1975&to=2000&year=1992",
  "/map?phase=annexed&province=battambang",
  "/timeline?era=cold-war",
  "/region?measure=aid&partners=KHM,THA&from=1992",
] as const;

/** Bad links and the view each falls back to. */
const FALLBACKS = [
  ["/trade?reporter=thailand&from=abc", "/trade"],
  ["/trade?reporter=both&from=1994&to=2020&year=1800", "/trade?reporter=both&from=1994&to=2020"],
  ["/map?phase=annexed&province=atlantis", "/map"],
  ["/aid?events=maybe", "/aid"],
  ["/timeline?era=bronze-age", "/timeline"],
  ["/region?partners=KHM,XXX&measure=gdp", "/region"],
  ["/embed/aid?theme=sepia&events=maybe", "/embed/aid"],
  ["/embed/trade?reporter=both&to=2020&controls=0", "/embed/trade?reporter=both&to=2020&theme=auto"],
] as const;

test.describe("cacheable pages", () => {
  for (const path of VIEWS) {
    test(`${path} is public with an ETag, and a repeat with If-None-Match gets 304`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const cacheControl = first.headers()["cache-control"] ?? "";
      expect(cacheControl).toMatch(/\bpublic\b/);
      expect(cacheControl).toMatch(/\bs-maxage=\d+/);
      expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
      const etag = first.headers()["etag"];
      expect(etag, `${path} has no ETag`).toBeTruthy();
      const again = await request.get(path, { headers: { "If-None-Match": etag! } });
      expect(again.status()).toBe(304);
      expect(await again.body()).toHaveLength(0);
    });
  }

  for (const [bad, fallback] of FALLBACKS) {
    test(`${bad} gets the ETag of ${fallback}`, async ({ request }) => {
      const [a, b] = await Promise.all([request.get(bad), request.get(fallback)]);
      expect(a.status()).toBe(200);
      expect(a.headers()["etag"]).toBeTruthy();
      expect(a.headers()["etag"]).toBe(b.headers()["etag"]);
    });
  }

  test("a bad link still names the bad parameter to the reader", async ({ page }) => {
    await page.goto("/map?phase=annexed&province=atlantis");
    await expect(page.getByTestId("param-notice")).toContainText("Unknown province “atlantis”");
    await page.goto("/map?phase=annexed");
    await expect(page.getByTestId("param-notice")).toHaveCount(0);
  });

  test("a change of view on the page is a client navigation: the React payload, not the stored document", async ({
    page,
  }) => {
    await page.goto("/aid");
    const from = page.locator('form.controls select[name="from"]');
    await waitForHydration(from);
    await page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
    const payload = page.waitForResponse((r) => r.url().includes("_rsc=") && r.request().resourceType() === "fetch");
    await from.selectOption("1990");
    await expect(page).toHaveURL(/from=1990/);
    expect((await payload).headers()["content-type"]).toContain("text/x-component");
    // Still the same document: the page was not loaded again.
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  });

  test("a visit asks for no other page until the reader reaches for a link, which then opens as a client navigation", async ({
    page,
  }) => {
    const payloads: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("_rsc=")) payloads.push(new URL(r.url()).pathname);
    });
    await page.goto("/trade");
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
    // The navigation and the footer link the other pages: none is fetched on sight.
    expect(payloads).toEqual([]);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Timeline" }).hover();
    await expect.poll(() => payloads).toContain("/timeline");
    expect(payloads.filter((p) => p !== "/timeline")).toEqual([]);
    await nav.getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Timeline");
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    // Only the page the reader went to was ever asked for.
    expect(new Set(payloads)).toEqual(new Set(["/timeline"]));
  });

  test("view paths are not addressable directly", async ({ request }) => {
    for (const path of [
      "/trade/default",
      "/map/phase.before",
      "/aid/from.1800",
      "/region/default",
      "/embed/trade/default",
      "/embed/aid/theme.dark",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("a hand-made view path's 404 is kept by no shared cache", async ({ request }) => {
    for (const path of ["/trade/default", "/embed/aid/theme.dark"]) {
      const cc = (await request.get(path)).headers()["cache-control"] ?? "";
      expect(cc, path).toMatch(/\bno-store\b/);
      expect(cc, path).not.toMatch(/s-maxage/);
    }
  });
});

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test.describe("strict script policy", () => {
  for (const path of VIEWS) {
    test(`${path}: no 'unsafe-inline' in script-src and every inline script is in the header's hashes`, async ({
      request,
    }) => {
      const res = await request.get(path);
      const csp = res.headers()["content-security-policy"] ?? "";
      const scriptSrc = csp.split(/;\s*/).find((d) => d.startsWith("script-src "));
      expect(scriptSrc, `${path} has no script-src`).toBeTruthy();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      const allowed = new Set(scriptSrc!.split(" ").slice(1));
      // Scripts with src run under 'self'; JSON data blocks (the Dataset record) never run and need no hash.
      const inline = [
        ...(await res.text()).matchAll(
          /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
        ),
      ];
      expect(inline.length, `${path} has no inline scripts: the check is broken`).toBeGreaterThan(0);
      for (const [, body] of inline) expect(allowed.has(sha256(body!)), body!.slice(0, 80)).toBe(true);
      for (const header of ["x-content-type-options", "referrer-policy"])
        expect(res.headers()[header], header).toBeTruthy();
      // An embed may be framed by any site (and has no X-Frame-Options); no other page by any.
      if (isEmbed(path)) {
        expect(csp).toContain("frame-ancestors *");
        expect(res.headers()["x-frame-options"]).toBeUndefined();
      } else {
        expect(csp).toContain("frame-ancestors 'none'");
        expect(res.headers()["x-frame-options"]).toBe("DENY");
      }
    });
  }

  test("the pages run with the policy: no violation, the page hydrates", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.violations.push(e.violatedDirective));
    });
    for (const path of [
      "/",
      "/trade?reporter=both&from=1994&to=2020",
      "/map?phase=before",
      "/timeline",
      "/embed/map?phase=before&theme=dark",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // next/link prefetching and client routing exist only once React has hydrated.
      expect(await page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
    }
  });

  test("a page paints before it asks for its scripts, then hydrates", async ({ page }) => {
    // The time of the first frame's animation callbacks, where the page's loader schedules its requests.
    await page.addInitScript(() =>
      requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now())),
    );
    for (const path of ["/trade", "/timeline", "/embed/aid"]) {
      await page.goto(path);
      await waitForHydration(page.locator("h1"));
      const t = await page.evaluate(() => ({
        firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
        painted: performance.getEntriesByName("first-contentful-paint").length,
        scripts: performance
          .getEntriesByType("resource")
          .filter((e) => /\/_next\/static\/chunks\/.+\.js$/.test(e.name))
          .map((e) => e.startTime),
      }));
      expect(t.painted, path).toBe(1);
      expect(t.scripts.length, path).toBeGreaterThan(0);
      expect(
        Math.min(...t.scripts),
        `${path}: the first script request, against the first frame`,
      ).toBeGreaterThanOrEqual(t.firstFrame);
    }
  });
});

test.describe("an injected script", () => {
  // This test provokes a violation on purpose, so the fixture's listener must not fail it.
  test.use({ failOnPageProblems: false });

  test("an injected inline script is blocked and the violation recorded", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: { directive: string; blocked: string }[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI }),
      );
    });
    // The fixture: the server's response, headers and all, with one script slipped into the markup.
    await page.route("**/trade?reporter=cambodia", async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace("</main>", "<script>window.injected = true</script></main>");
      await route.fulfill({ response: res, body });
    });
    await page.goto("/trade?reporter=cambodia");
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    const violations = await page.evaluate(
      () => (window as unknown as { violations: { directive: string; blocked: string }[] }).violations,
    );
    // Exactly one: the injected script. The page's own inline scripts all match their hashes.
    expect(violations).toEqual([{ directive: "script-src-elem", blocked: "inline" }]);
  });
});
