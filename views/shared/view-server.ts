import "server-only";
import type { DatasetInput } from "@/lib/seo/dataset";
import type { DataSource } from "@/lib/seo/sources";
import type { PreviewFigure } from "@/lib/og/preview-types";
import type { RawSearchParams } from "@/lib/url/search-params";
import type { ViewRoute } from "@/views/registry";
import type { ViewContext, ViewDefinition } from "./view-definition";

/** What a view says about one of its states: its metadata, dataset record, preview image and print footer read it. */
export type ViewDescription = {
  title: string;
  /** What the state shows, after the view's description: "Showing: …". */
  showing: string;
  sources: readonly DataSource[];
  /** The data behind the view; null where the view has no download (the timeline). */
  dataset: Omit<DatasetInput, "name" | "description" | "path" | "sources" | "catalogue"> | null;
};

/**
 * The server side of a view, beside its definition: how it describes a state and draws its
 * preview figure. Each view's app files name their view's (views/<view>/server.ts), so no
 * module dispatches on the route.
 */
export type ViewServer = {
  view: ViewDefinition<ViewRoute>;
  /** `search`: the state's canonical search string. */
  describe: (raw: RawSearchParams, search: string, ctx: ViewContext) => Promise<ViewDescription>;
  /** The figure of the state for its preview image, built with the page's own models. */
  previewFigure: (raw: RawSearchParams, ctx: ViewContext) => Promise<PreviewFigure>;
};
