import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromURLSearchParams } from "@/lib/url/search-params";
import { EMBED_ROUTES, NAV, VIEWS, VIEW_ROUTES } from "@/views/registry";
import { buildViewSearch } from "@/views/shared/view-key";
import { EMBED_PATH } from "@/lib/http/policy.cjs";
import { getViewContext } from "@/views/shared/view-context";

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe("the registry of views", () => {
  it("has a page folder under app/(site) for every view and no other, each with its page and preview image", () => {
    expect(folders("app/(site)")).toEqual([...VIEW_ROUTES].sort());
    for (const route of VIEW_ROUTES)
      expect(readdirSync(`app/(site)/${route}/[view]`).sort()).toEqual(["opengraph-image.tsx", "page.tsx"]);
  });

  it("has an embed folder under app/embed for every view with an embed and no other", () => {
    expect(folders("app/embed")).toEqual([...EMBED_ROUTES].sort());
  });

  it("frames exactly the registry's embeds in the page store's policy (lib/http/policy.cjs, loaded before any bundle)", () => {
    for (const route of VIEW_ROUTES) {
      expect(EMBED_PATH.test(`/embed/${route}/default`), route).toBe(EMBED_ROUTES.includes(route));
      expect(EMBED_PATH.test(`/${route}/default`), route).toBe(false);
    }
  });

  it("names every page and embed in the budgets, and nothing else", () => {
    const budgets = JSON.parse(readFileSync("budgets.json", "utf8"));
    const pages = ["/", ...VIEW_ROUTES.map((r) => `/${r}`), ...EMBED_ROUTES.map((r) => `/embed/${r}`)].sort();
    expect(Object.keys(budgets.routes).sort()).toEqual(pages);
    expect(Object.keys(budgets.html.routes).sort()).toEqual(pages);
  });

  it("lists each view once, in the navigation after the overview", () => {
    expect(new Set(VIEW_ROUTES).size).toBe(VIEWS.length);
    expect(NAV.map((n) => n.href)).toEqual(["/", ...VIEW_ROUTES.map((r) => `/${r}`)]);
  });

  it("gives each view shared links that are valid and canonical for the data, so the tests and the bench load real views", async () => {
    const ctx = await getViewContext();
    for (const view of VIEWS) {
      for (const search of [view.sharedLink, ...view.examples]) {
        const raw = fromURLSearchParams(new URLSearchParams(search));
        const { issues } = buildViewSearch(view.route, raw, ctx);
        expect(issues, `${view.route}${search}`).toEqual([]);
      }
      // The shared link is written as the proxy writes it: the cache in front stores only canonical URLs.
      const raw = fromURLSearchParams(new URLSearchParams(view.sharedLink));
      expect(buildViewSearch(view.route, raw, ctx).search).toBe(view.sharedLink);
    }
  });
});
