import { langText } from "@/components/lang-text";
import { SourceLink } from "@/components/source-link";
import type { TradeRow } from "@/lib/schemas/trade";
import { formatNumber } from "@/lib/format";
import { FLOW_LABEL, SERIES_SHORT } from "@/lib/transform/trade-labels";
import type { TradeView } from "@/views/trade/model/trade-view";
import type { TradeSeries } from "@/lib/schemas/trade";
import type { BilateralFlow } from "@/lib/transform/trade-series";
import { IMF_SERIES } from "@/lib/transform/trade-series";
import { type EstimateCoverage, buildEstimateCoverage } from "@/lib/transform/trade-estimates";

/** "(all 32 Cambodia-reported values of 1981–1996, and no others)", from the data. */
function estimateText(c: EstimateCoverage): string {
  if (c.count === 0 || c.from === null || c.to === null) return "";
  const scope = c.wholeSpan ? `all ${c.count}` : `${c.count}`;
  const others = c.elsewhere === 0 ? ", and no others" : `, and ${c.elsewhere} in other series`;
  return `(${scope} Cambodia-reported values of ${c.from}–${c.to}${others})`;
}

type SourceEntry = { series: TradeSeries; title: string; where: string };

/** The sources behind the current view, plus the caveats a reader needs to compare them. */
export function TradeSources({ view, rows }: { view: TradeView; rows: readonly TradeRow[] }) {
  const reporters = view.query.reporter === "both" ? (["japan", "cambodia"] as const) : [view.query.reporter];
  const imfSeries = new Set<TradeSeries>(reporters.map((r) => IMF_SERIES[r]));
  const entries = new Map<string, SourceEntry>();
  for (const r of rows) {
    if (imfSeries.has(r.series))
      entries.set(`${r.series}|${r.sourceTitle}|${r.source}`, {
        series: r.series,
        title: r.sourceTitle,
        where: r.source,
      });
  }
  for (const p of view.press)
    entries.set(`${p.series}|${p.sourceTitle}|${p.source}`, {
      series: p.series,
      title: p.sourceTitle,
      where: p.source,
    });
  const yen = rows.filter((r) => r.series === "japan_mof_yen_press");

  return (
    <section aria-labelledby="sources-heading" id="sources" className="panel sources-panel" data-testid="sources-panel">
      <h2 id="sources-heading">Sources for this view</h2>
      <ul>
        {[...entries.values()].map((e) => (
          <li key={`${e.series}|${e.title}|${e.where}`}>
            <strong>{SERIES_SHORT[e.series]}</strong>:{" "}
            {e.where.startsWith("http") ? (
              <a href={e.where}>{langText(e.title)}</a>
            ) : (
              <>
                {langText(e.title)} ({e.where})
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        Source: IMF, Direction of Trade Statistics (DOTS), annual country workbooks, US dollars, millions. The copy used
        ends in 2020.
      </p>
      <h3>Reading the figures</h3>
      <ul>
        <li>
          Each side values trade differently: exports free on board (FOB), imports including cost, insurance and freight
          (CIF), so an importer&apos;s figure is usually higher than the exporter&apos;s for the same goods.
        </li>
        <li>
          The two sides&apos; figures also differ through timing (goods in transit at year end), re-exports through
          third countries and IMF estimates: values marked <strong>e</strong>{" "}
          <span data-testid="estimate-coverage">{estimateText(buildEstimateCoverage(rows))}</span> were estimated by the
          IMF, usually from Japan&apos;s own figures. The mirror view shows both sides and the gap; it does not
          reconcile them.
        </li>
        <li>Balance and gap are derived: computed here by subtraction from the published figures.</li>
        <li>Years with no published figure are gaps in the chart, never zeros.</li>
      </ul>
      {yen.length > 0 && (
        <>
          <h3>Figures in yen (not drawn)</h3>
          <p>
            Japan&apos;s Ministry of Finance figures quoted in yen are listed as printed; they are not converted to
            dollars. The 2023 pair comes from a copy of the Japanese Wikipedia article whose text gives the larger
            figure to Japan → Cambodia; it is listed in the direction of every other Japan-reported series, in which
            Japan&apos;s imports from Cambodia are the larger flow.
          </p>
          <ul>
            {yen.map((r) => (
              <li key={`${r.year}-${r.flow}`}>
                {r.year}, {FLOW_LABEL[r.flow as BilateralFlow] ?? r.flow}: JPY {formatNumber(r.value)} billion —{" "}
                <SourceLink title={r.sourceTitle} url={r.source} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
