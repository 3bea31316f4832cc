import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

/** Everything may be crawled, the data downloads included (dataset records point at them). */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
