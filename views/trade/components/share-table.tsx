import { formatNumber } from "@/lib/format";
import { yearsOf } from "@/views/trade/model/trade-chart-series";
import { SHARE_DEFS, type ShareKey, type ShareRow, formatShare } from "@/lib/transform/trade-share";

const input = (v: number | undefined, estimate = false) =>
  v === undefined ? "—" : `${formatNumber(v)}${estimate ? " e" : ""}`;

/**
 * The share view's table: per year and share, the share (derived) and both inputs, so every
 * percentage can be checked by hand. A gap shows "—" and the input that is missing.
 */
export function ShareTable({ shares, keys }: { shares: readonly ShareRow[]; keys: readonly ShareKey[] }) {
  // Every year from the first to the last listed: a year with no inputs on either side is a row of gaps.
  const listed = shares.map((s) => s.year);
  const years = listed.length === 0 ? [] : yearsOf(Math.min(...listed), Math.max(...listed));
  const at = new Map(shares.map((s) => [`${s.key} ${s.year}`, s]));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Data table">
      <table className="data-table" data-testid="share-table">
        <caption>
          Shares of the current view (derived): the bilateral flow ÷ the same side&apos;s trade with the world × 100,
          both from IMF DOTS, in USD million. “—” = an input is not published, so the share is a gap; “e” = IMF
          estimate.
        </caption>
        <colgroup span={1} />
        {keys.map((k) => (
          <colgroup key={k} span={3} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            {keys.map((k) => (
              <th scope="colgroup" colSpan={3} key={k}>
                {SHARE_DEFS[k].label}
              </th>
            ))}
          </tr>
          <tr>
            {keys.flatMap((k) => [
              <th scope="col" key={`${k}-s`}>
                Share (derived)<span className="visually-hidden">: {SHARE_DEFS[k].label}</span>
              </th>,
              <th scope="col" key={`${k}-n`}>
                Bilateral, USD m<span className="visually-hidden"> ({SHARE_DEFS[k].label})</span>
              </th>,
              <th scope="col" key={`${k}-d`}>
                With the world, USD m<span className="visually-hidden"> ({SHARE_DEFS[k].label})</span>
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              {keys.flatMap((k) => {
                const s = at.get(`${k} ${y}`);
                return [
                  <td key={`${k}-s`} data-share={k}>
                    {s?.value != null ? formatShare(s.value) : "—"}
                  </td>,
                  <td key={`${k}-n`}>{input(s?.numerator?.value, s?.numerator?.estimate)}</td>,
                  <td key={`${k}-d`}>{input(s?.denominator?.value)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
