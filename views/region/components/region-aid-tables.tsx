import { formatUsdAsMillions } from "@/lib/format";
import { formatShare, formatYearRuns } from "@/lib/region/format";
import { PARTNER_LABEL } from "@/lib/region/partners";
import { SUM_BASIS } from "@/lib/transform/aid-series";
import type { RegionPayload } from "@/views/region/model/region-api";

/** Japan's net ODA summed over the view's range, per partner (derived), with the years below zero named. */
export function RegionAidSums({ data }: { data: RegionPayload }) {
  if (!data.aidSums) return null;
  const negative = data.aidSums.filter((s) => s.negativeYears.length > 0);
  return (
    <>
      <table className="data-table" id="region-aid-sums">
        <caption>
          Japan&apos;s net bilateral ODA summed over {data.from}–{data.to}, USD million (derived: sum of the yearly WDI
          figures, in {SUM_BASIS})
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Sum, USD million (derived)</th>
            <th scope="col">Years with a figure</th>
            <th scope="col">Years below zero</th>
          </tr>
        </thead>
        <tbody>
          {data.aidSums.map((s) => (
            <tr key={s.partner} data-partner={s.partner}>
              <th scope="row">{PARTNER_LABEL[s.partner]}</th>
              <td data-col="sum">{formatUsdAsMillions(s.sumUsd)}</td>
              <td>
                {s.yearsWithData}
                {s.missingYears.length > 0 ? (
                  <span className="muted"> (no figure {formatYearRuns(s.missingYears)})</span>
                ) : null}
              </td>
              <td>{s.negativeYears.length > 0 ? formatYearRuns(s.negativeYears) : "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {negative.length > 0 ? (
        <p className="region-note" data-testid="negative-aid-note">
          <strong>Below zero:</strong> net ODA subtracts loan repayments from new aid, so a year in which a partner
          repaid Japan more than it received is negative, and is drawn below zero. That happened for{" "}
          {negative.map((s) => `${PARTNER_LABEL[s.partner]} in ${formatYearRuns(s.negativeYears)}`).join("; ")}. The
          sums include those years.
        </p>
      ) : null}
    </>
  );
}

/** Japan's share of all DAC donors' net aid per partner and year (derived), a gap with its reason where not meaningful. */
export function RegionDacShares({ data }: { data: RegionPayload }) {
  if (!data.dacShares) return null;
  const partners = data.partners.map((p) => p.iso3);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Japan's share of DAC donors (scrollable)">
      <table className="data-table" id="region-dac-shares">
        <caption>
          Japan&apos;s share of all DAC donors&apos; net bilateral ODA, % (derived: Japan ÷ all DAC donors), where the
          DAC total is positive and Japan&apos;s net figure lies between zero and it; a negative net figure (Japan was
          repaid more than it lent) or one above the total gives no share, and the cell says why
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {partners.map((p) => (
              <th scope="col" key={p}>
                {PARTNER_LABEL[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...data.years].reverse().map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {partners.map((p) => {
                const d = data.dacShares?.[p]?.find((x) => x.year === year);
                return (
                  <td key={p}>
                    {d?.sharePct != null ? formatShare(d.sharePct) : <span className="muted">{d?.reason ?? "—"}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
