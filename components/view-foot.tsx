import { buildDatasetRecord, serializeJsonLd } from "@/lib/seo/dataset";
import { absoluteUrl, siteOrigin } from "@/lib/seo/site-url";
import { buildCredits } from "@/lib/seo/sources";
import type { ViewSeo } from "@/lib/seo/view-seo";

/**
 * The end of every view page. On paper: the view's sources and its URL, so a printout says
 * where its figures come from and how to get back to the same view (hidden on screen, where
 * the page's own sources and address bar say it). For search engines: the schema.org Dataset
 * record of the view's data (a JSON block, which never runs, so the CSP needs no hash for it).
 */
export function ViewFoot({ seo }: { seo: ViewSeo }) {
  const origin = siteOrigin();
  const url = absoluteUrl(seo.canonicalPath, origin);
  const sources = buildCredits(seo.sources)
    .map((c) => `${c.attribution} (${c.licences.join("; ")})`)
    .join("; ");
  return (
    <>
      <footer className="print-foot" data-testid="print-foot">
        <p>{sources ? `Sources: ${sources}.` : "Sources: cited with each entry above."}</p>
        <p>
          This view: <a href={url}>{url}</a>
        </p>
      </footer>
      {seo.dataset && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildDatasetRecord(seo.dataset, origin)) }}
        />
      )}
    </>
  );
}
