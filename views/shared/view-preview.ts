import "server-only";
import type { ViewPreview } from "@/lib/og/preview-types";
import { previewText } from "@/lib/og/preview-marks";
import { buildCredits } from "@/lib/seo/sources";
import { getViewContext, readViewParams } from "./view-context";
import { getViewSeo } from "./view-seo";
import type { ViewServer } from "./view-server";

/**
 * A view's preview image content: its title and source line (from its description) and its
 * figure, built with the same models as the page (views/<view>/server.ts). A segment that is
 * not canonical is a 404, as for the page.
 */
export async function getViewPreview(server: ViewServer, segment: string): Promise<ViewPreview> {
  const figure = (async () => {
    const raw = await readViewParams(server.view.route, Promise.resolve({ view: segment }));
    return server.previewFigure(raw, await getViewContext());
  })();
  const [seo, fig] = await Promise.all([getViewSeo(server, segment), figure]);
  const shown = buildCredits(seo.sources).map((c) => c.attribution.replace(/^Source: /, ""));
  const sourceLine = shown.length ? `Source: ${shown.join("; ")}` : "Sources: cited with each event";
  return { title: previewText(seo.title), sourceLine: previewText(sourceLine), figure: fig };
}
