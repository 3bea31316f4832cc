import type { AidSingleRow } from "@/lib/data/aid";
import { formatNumber } from "@/lib/format";
import { SourceLink } from "@/components/source-link";

const SCHEMES = [
  { category: "grant_aid_disbursed", label: "Grant aid" },
  { category: "technical_cooperation_disbursed", label: "Technical cooperation" },
  { category: "loan_aid_disbursed", label: "Loan aid" },
] as const;

/**
 * Japan's FY2006 disbursements by scheme, in yen as Japan stated them, with the USD
 * equivalents the same statement gave (not converted by us).
 */
export function Fy2006Breakdown({ rows }: { rows: AidSingleRow[] }) {
  const fy = rows.filter((r) => r.year === 2006);
  const items = SCHEMES.flatMap((s) => {
    const yen = fy.find((r) => r.category === s.category && r.unit === "JPY_billion");
    const usd = fy.find((r) => r.category === s.category && r.unit === "USD_million");
    return yen ? [{ ...s, yen: yen.value, usd: usd?.value ?? null }] : [];
  });
  const total = fy.find((r) => r.category === "total_disbursed" && r.unit === "JPY_billion");
  const totalUsd = fy.find((r) => r.category === "total_disbursed" && r.unit === "USD_million");
  const source = total ?? fy[0];
  if (items.length === 0 || !source) return null;
  const max = Math.max(...items.map((i) => i.yen));
  const W = 520;
  const rowH = 46;
  const labelW = 170;
  return (
    <figure className="chart-figure aid-fy-chart">
      <div className="aid-fy-box">
        <svg viewBox={`0 0 ${W} ${items.length * rowH + 32}`} aria-labelledby="fy2006-title">
          <title id="fy2006-title">{`Japan's aid to Cambodia in FY2006 by scheme, billion yen: ${items.map((i) => `${i.label} ${formatNumber(i.yen)}`).join(", ")}`}</title>
          {items.map((i, k) => {
            const w = ((W - labelW - 150) * i.yen) / max;
            const yPos = 10 + k * rowH;
            return (
              <g key={i.category} data-scheme={i.category}>
                <text x={0} y={yPos + 16} className="aid-fy-label">
                  {i.label}
                </text>
                <rect x={labelW} y={yPos} width={w} height={24} className="aid-fy-bar" />
                <text x={labelW + w + 6} y={yPos + 16} className="aid-fy-label">
                  ¥{formatNumber(i.yen)} bn{i.usd !== null ? ` (USD ${formatNumber(i.usd)} m)` : ""}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="chart-caption">
        Japanese fiscal year 2006 (April 2006–March 2007), disbursements as stated by Japan
        {total ? (
          <>
            : total ¥{formatNumber(total.value)} billion
            {totalUsd ? <> (USD {formatNumber(totalUsd.value)} million, the statement&apos;s own equivalent)</> : null}
          </>
        ) : null}
        . Source: <SourceLink title={source.sourceTitle} url={source.source} />. A fiscal-year figure, so it does not
        match the calendar-year WDI bar for 2006.
      </figcaption>
    </figure>
  );
}
