import { SourceLink } from "@/components/source-link";
import { formatNumber } from "@/lib/format";
import { FLOW_AS_RECORDED, FLOW_LABEL, SERIES_SHORT } from "@/lib/transform/trade-labels";
import type { TradeView } from "@/views/trade/model/trade-view";
import type { PressPoint, TradePoint } from "@/lib/transform/trade-series";

const cell = (p: TradePoint | null | undefined) => (p ? `${formatNumber(p.value)}${p.estimate ? " e" : ""}` : "—");
const num = (n: number | null) => (n === null ? "—" : formatNumber(n));

/** The data of the current view as a table: the accessible alternative to the chart. */
export function TradeTable({ view, logScale = false }: { view: TradeView; logScale?: boolean }) {
  const caption = `Data of the current view, ${view.query.from}–${view.query.to}, USD million${logScale ? " (as published; the chart draws them on a logarithmic scale)" : ""}. “—” = not published; “e” = IMF estimate.`;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Data table">
        {view.kind === "single" ? (
          <table className="data-table" data-testid="trade-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">{FLOW_AS_RECORDED[view.query.reporter].japan_to_cambodia}</th>
                <th scope="col">{FLOW_AS_RECORDED[view.query.reporter].cambodia_to_japan}</th>
                <th scope="col">Balance (derived)</th>
              </tr>
            </thead>
            <tbody>
              {view.years
                .filter((y) => y.japanToCambodia || y.cambodiaToJapan)
                .map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{cell(y.japanToCambodia)}</td>
                    <td>{cell(y.cambodiaToJapan)}</td>
                    <td>{num(y.balance)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ) : (
          <table className="data-table" data-testid="trade-table">
            <caption>{caption} Gap = Japan-reported minus Cambodia-reported (derived).</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {view.flows.flatMap((f) => [
                  <th scope="col" key={`${f.flow}-j`}>
                    {FLOW_LABEL[f.flow]}, reported by Japan
                  </th>,
                  <th scope="col" key={`${f.flow}-c`}>
                    {FLOW_LABEL[f.flow]}, reported by Cambodia
                  </th>,
                  <th scope="col" key={`${f.flow}-g`}>
                    Gap (derived)
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {(view.flows[0]?.years ?? []).map((y, i) =>
                view.flows.some((f) => f.years[i]?.japanReported || f.years[i]?.cambodiaReported) ? (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    {view.flows.flatMap((f) => {
                      const m = f.years[i];
                      return [
                        <td key={`${f.flow}-j`}>{cell(m?.japanReported)}</td>,
                        <td key={`${f.flow}-c`}>{cell(m?.cambodiaReported)}</td>,
                        <td key={`${f.flow}-g`}>{num(m?.gap ?? null)}</td>,
                      ];
                    })}
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        )}
      </div>
      {view.press.length > 0 && <PressTable press={view.press} />}
    </>
  );
}

function PressTable({ press }: { press: PressPoint[] }) {
  return (
    <div className="table-wrap press-table">
      <table className="data-table" data-testid="press-table">
        <caption>
          After the IMF series: press reports of customs figures, USD million (drawn as separate points, not joined to
          the IMF bars).
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Flow</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {press.map((p) => (
            <tr key={`${p.reporter}-${p.flow}-${p.year}`}>
              <th scope="row">{p.year}</th>
              <td>{FLOW_LABEL[p.flow]}</td>
              <td>{formatNumber(p.value)}</td>
              <td className="source-cell">
                {SERIES_SHORT[p.series]}: <SourceLink title={p.sourceTitle} url={p.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
