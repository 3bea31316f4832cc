import type { Metadata } from "next";
import { DEFAULT_VIEW } from "@/lib/url/segment";
import { TimelinePage } from "@/views/timeline/page";
import { timelineServer } from "@/views/timeline/server";
import { buildViewMetadata } from "@/views/shared/view-metadata";

/** The default view is prerendered; every other view renders on its first request and is then served from the cache. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const generateMetadata = ({ params }: { params: Promise<{ view: string }> }): Promise<Metadata> =>
  buildViewMetadata(timelineServer, params);

export default TimelinePage;
