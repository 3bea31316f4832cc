import { formatNumber, formatUsdAsMillions } from "@/lib/format";
import { formatRank, formatShare } from "@/lib/region/format";
import { PARTNER_LABEL, VIETNAM_UNCLEAR_BEFORE } from "@/lib/region/partners";
import type { RegionPayload } from "@/views/region/model/region-api";

/**
 * Every year of the view with one column per selected partner, and Cambodia's rank and
 * derived share among all five (not only those selected). Gaps say "no data"; pre-1976
 * Vietnam values carry a mark explained under the table. Net aid has no share column: when
 * repayments exceed new aid (Thailand in most years since 2003), a share of the sum means nothing.
 */
export function RegionTable({ data }: { data: RegionPayload }) {
  const aid = data.measure === "aid";
  const fmt = (v: number) => (aid ? formatUsdAsMillions(v) : formatNumber(v));
  const standing = new Map(data.standing.map((s) => [s.year, s]));
  const vnmEarly = data.partners.some((p) => p.iso3 === "VNM") && data.from < VIETNAM_UNCLEAR_BEFORE;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Figures by year (scrollable)">
        <table className="data-table" id="region-table">
          <caption>
            {data.description}, {data.from}–{data.to}, USD million{aid ? ", net disbursements" : ", Japan-reported"};
            Cambodia&apos;s rank among all five partners{aid ? "" : " and its share of their sum (derived)"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {data.partners.map((p) => (
                <th scope="col" key={p.iso3} data-partner={p.iso3}>
                  {PARTNER_LABEL[p.iso3]}
                  {p.name !== PARTNER_LABEL[p.iso3] ? <span className="muted"> ({p.name})</span> : null}
                </th>
              ))}
              <th scope="col">Cambodia&apos;s rank of 5</th>
              {aid ? null : <th scope="col">Cambodia&apos;s share of the five (derived)</th>}
            </tr>
          </thead>
          <tbody>
            {[...data.years].reverse().map((year) => {
              const i = year - data.from;
              const s = standing.get(year);
              return (
                <tr key={year} data-year={year}>
                  <th scope="row">{year}</th>
                  {data.series.map((line) => {
                    const v = line.values[i];
                    const mark = line.partner === "VNM" && year < VIETNAM_UNCLEAR_BEFORE;
                    return (
                      <td key={line.partner} data-partner={line.partner}>
                        {v === null || v === undefined ? <span className="muted">no data</span> : fmt(v)}
                        {mark && v !== null ? <sup title="state(s) covered not stated">*</sup> : null}
                      </td>
                    );
                  })}
                  <td data-col="rank">
                    {s?.rank ? `${formatRank(s.rank)}${s.reported < 5 ? ` of ${s.reported} reported` : ""}` : "—"}
                  </td>
                  {aid ? null : (
                    <td data-col="share">
                      {s?.sharePct != null ? (
                        <>
                          {formatShare(s.sharePct)}
                          {s.reported < 5 ? <span className="muted"> (of {s.reported} reported)</span> : null}
                        </>
                      ) : (
                        <span className="muted">{s?.reason ?? "—"}</span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {vnmEarly ? (
        <p className="region-note" data-testid="vietnam-note">
          * Vietnam before {VIETNAM_UNCLEAR_BEFORE}: the source has one &ldquo;Vietnam&rdquo; row for every year and
          does not say whether the figures for 1960–1975 cover South Vietnam, North Vietnam or both. Read them with
          caution.
        </p>
      ) : null}
    </>
  );
}
