import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";
import { NAV } from "@/views/registry";

/**
 * Every view's default page. The other states of a view are its search params, which the
 * page's canonical URL and its links name; listing them all would list every year range.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return NAV.map((item) => ({
    url: absoluteUrl(item.href),
    changeFrequency: "monthly",
    priority: item.href === "/" ? 1 : 0.8,
  }));
}
