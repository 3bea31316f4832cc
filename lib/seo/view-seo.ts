import type { DatasetInput } from "./dataset";
import type { DataSource } from "./sources";

/** What a view is, for its metadata, its dataset record, its preview image and its print footer (views/shared/view-seo.ts). */
export type ViewSeo = {
  route: string;
  /** The public URL of the view: the route with its normalised search params. */
  canonicalPath: string;
  title: string;
  description: string;
  sources: readonly DataSource[];
  /** The data behind the view; null where the view has no download (the timeline). */
  dataset: DatasetInput | null;
};
