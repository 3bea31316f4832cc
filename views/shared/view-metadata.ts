import "server-only";
import type { Metadata } from "next";
import { SITE } from "@/lib/site";
import { getViewSeo } from "./view-seo";
import type { ViewServer } from "./view-server";

/**
 * A view page's metadata: title, description, canonical URL and Open Graph / Twitter cards
 * for the view the segment stands for. URLs are relative here; the root layout's metadataBase
 * (SITE_URL) makes them absolute. The preview image comes from the segment's opengraph-image.
 */
export async function buildViewMetadata(server: ViewServer, params: Promise<{ view: string }>): Promise<Metadata> {
  const seo = await getViewSeo(server, (await params).view);
  return {
    title: seo.title,
    description: seo.description,
    alternates: { canonical: seo.canonicalPath },
    openGraph: {
      type: "website",
      siteName: SITE.name,
      title: seo.title,
      description: seo.description,
      url: seo.canonicalPath,
    },
    // Twitter reads og:title, og:description and og:image when its own tags are absent: only the card type is added.
    twitter: { card: "summary_large_image" },
  };
}
