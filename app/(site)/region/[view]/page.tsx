import type { Metadata } from "next";
import { DEFAULT_VIEW } from "@/lib/url/segment";
import { RegionPage } from "@/views/region/page";
import { regionServer } from "@/views/region/server";
import { buildViewMetadata } from "@/views/shared/view-metadata";

/** The default view is prerendered; every other view renders on its first request and is then served from the cache. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const generateMetadata = ({ params }: { params: Promise<{ view: string }> }): Promise<Metadata> =>
  buildViewMetadata(regionServer, params);

export default RegionPage;
