import { langText } from "@/components/lang-text";
import type { AidMilestoneRow } from "@/lib/data/aid";
import type { MilestoneComparison } from "@/views/aid/model/aid-milestones";
import { SUM_BASIS, buildYearRanges, type PeriodSum } from "@/lib/transform/aid-series";
import { formatQuantity, formatUsdAsMillions } from "@/lib/format";
import { SourceLink } from "@/components/source-link";

function SumText({ sum }: { sum: PeriodSum }) {
  if (sum.sum === null)
    return (
      <span className="muted">
        no WDI data for {sum.from}–{sum.to}
      </span>
    );
  const total = sum.to - sum.from + 1;
  return (
    <>
      USD {formatUsdAsMillions(sum.sum)} million{" "}
      <span className="muted">
        (derived; {sum.yearsWithData.length} of {total} years with data
        {sum.yearsMissing.length > 0 ? `, none for ${buildYearRanges(sum.yearsMissing)}` : ""}; {SUM_BASIS})
      </span>
    </>
  );
}

export type ArticleComparison = { claim: AidMilestoneRow; sums: PeriodSum[] };

/** The article's "some US$1.2 billion since 1992" beside the WDI sums for candidate end years. */
export function ArticleAidComparison({ data }: { data: ArticleComparison }) {
  const { claim, sums } = data;
  return (
    <div className="aid-compare" data-testid="article-comparison">
      <div className="card">
        <span className="muted">English Wikipedia article, “Cambodia–Japan relations”</span>
        <span className="figure" data-testid="article-figure">
          some US$1.2 billion since 1992
        </span>
        <span className="source">
          As stated ({langText(formatQuantity(claim.value, claim.unit))}); the end year is not given. Source:{" "}
          <SourceLink title={claim.sourceTitle} url={claim.source} />
        </span>
      </div>
      {sums.map((s) => (
        <div className="card" key={`${s.from}-${s.to}`} data-testid={`wdi-sum-${s.from}-${s.to}`}>
          <span className="muted">
            Sum of Japan&apos;s net ODA, {s.from}–{s.to} (World Bank WDI, derived)
          </span>
          <span className="figure">{s.sum === null ? "no data" : `USD ${formatUsdAsMillions(s.sum)} million`}</span>
          <span className="source">
            Years with data: {buildYearRanges(s.yearsWithData) || "none"}
            {s.yearsMissing.length > 0 ? `; missing: ${buildYearRanges(s.yearsMissing)}` : ""}; {SUM_BASIS}. Source:
            World Bank WDI DC.DAC.JPNL.CD, based on OECD DAC; sum computed here.
          </span>
        </div>
      ))}
    </div>
  );
}

/** Every cumulative claim as its source printed it, beside the WDI sum over the same years where that is a fair comparison. */
export function CumulativeClaimsTable({ rows }: { rows: MilestoneComparison[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Cumulative totals (scrollable)">
      <table className="data-table aid-claims" id="aid-claims-table">
        <caption>Cumulative totals as stated by each source, with the WDI sum over the same calendar years</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">What</th>
            <th scope="col">Value as stated</th>
            <th scope="col">Basis</th>
            <th scope="col">WDI net ODA, same years</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.source}-${r.category}-${r.unit}-${i}`}>
              <td>{r.period}</td>
              <td>{r.category.replaceAll("_", " ")}</td>
              <td>{langText(formatQuantity(r.value, r.unit))}</td>
              <td>{r.basis}</td>
              <td>
                {r.wdi ? <SumText sum={r.wdi} /> : <span className="muted">{r.noComparison}</span>}
                {r.wdi && r.fiscal ? (
                  <span className="muted"> Fiscal years (April–March) compared with calendar years.</span>
                ) : null}
                {r.wdi && !r.unit.startsWith("USD") ? (
                  <span className="muted"> Different currency; not converted.</span>
                ) : null}
              </td>
              <td className="aid-claims__source">
                <SourceLink title={r.sourceTitle} url={r.source} notes={r.notes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
