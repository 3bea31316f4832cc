import { buildDatasetRecord, serializeJsonLd } from "@/lib/seo/dataset";
import { siteOrigin } from "@/lib/seo/site-url";
import type { ViewSeo } from "@/lib/seo/view-seo";

/**
 * The end of every view page: the schema.org Dataset record of the view's data (read by
 * dataset search engines; a JSON block, so the CSP needs no hash for it).
 */
export function ViewFoot({ seo }: { seo: ViewSeo }) {
  if (!seo.dataset) return null;
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildDatasetRecord(seo.dataset, siteOrigin())) }}
    />
  );
}
