import type { RegionMeasure } from "@/lib/region/partners";
import type { YearSpan } from "@/lib/transform/region-series";
import type { ReporterView, YearRange } from "@/lib/transform/trade-series";
import type { ParamIssue, RawSearchParams } from "@/lib/url/search-params";

/** What the URL parsers need to know about the data (plain values, computed once per process). */
export type ViewContext = {
  tradeDomains: Record<ReporterView, YearRange>;
  aidSpan: YearSpan;
  regionSpans: Record<RegionMeasure, YearSpan>;
  provinceIds: readonly string[];
  eventIds: readonly string[];
};

/** A view's embed for other sites (app/embed/<route>). */
export type ViewEmbed = {
  /** The title a copied snippet gives the frame. */
  title: string;
  /** The frame's height in CSS pixels for a view's search string: its figure, legend, source line and link fit. */
  frameHeight: (search: string) => number;
  /** Shared-link states of the embed the tests visit besides its default (search strings). */
  examples: readonly string[];
};

/**
 * One view of the site: everything route-wide about it. The registry (views/registry.ts) lists
 * the views; the proxy, the page and embed lists, the sitemap, the navigation, the tests' and
 * the bench's route lists derive from it. Nothing here renders: the proxy and the browser's
 * notice load it, so it names only the view's parameters and words.
 */
export type ViewDefinition<R extends string = string> = {
  route: R;
  /** The navigation's label. */
  label: string;
  /** What the view shows whatever its settings: the start of every description of it. */
  description: string;
  /**
   * Reads the view's settings from search params with its own parser and writes them back with
   * its own serialiser: the canonical search string (defaults left out), so two URLs that show
   * the same view, including an invalid one and the view it falls back to, get the same string.
   */
  canonical: (raw: RawSearchParams, ctx: ViewContext) => { search: string; issues: ParamIssue[] };
  /** The interactive chart loads after the page (the tests wait for it before checking). */
  interactiveChart: boolean;
  /** A typical shared link (a search string that is not the default): the bench and the deploy check load it. */
  sharedLink: string;
  /** More shared-link states the tests visit (search strings). */
  examples: readonly string[];
  embed: ViewEmbed | null;
};

/** Keeps a definition's route a literal type, so the registry's routes form a union. */
export function defineView<const R extends string>(view: ViewDefinition<R>): ViewDefinition<R> {
  return view;
}
