import "server-only";
import { cache } from "react";
import type { ViewSeo } from "@/lib/seo/view-seo";
import { SITE } from "@/lib/site";
import { getViewContext, readViewParams } from "./view-context";
import { buildViewSearch } from "./view-key";
import type { ViewServer } from "./view-server";

/**
 * The view a page segment stands for, described once per request (generateMetadata, the page
 * and the preview image share it). A segment that is not canonical is a 404, as for the page.
 */
export const getViewSeo = cache(async (server: ViewServer, segment: string): Promise<ViewSeo> => {
  const { route } = server.view;
  const raw = await readViewParams(route, Promise.resolve({ view: segment }));
  const ctx = await getViewContext();
  const { search } = buildViewSearch(route, raw, ctx);
  const canonicalPath = `/${route}${search}`;
  const { title, showing, sources, dataset } = await server.describe(raw, search, ctx);
  const description = `${server.view.description} Showing: ${showing}`;
  return {
    route,
    canonicalPath,
    title,
    description,
    sources,
    dataset: dataset && { ...dataset, name: title, description, path: canonicalPath, sources, catalogue: SITE.name },
  };
});
