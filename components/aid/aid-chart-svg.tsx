import { scaleLinear } from "d3-scale";
import { buildGapRuns, type AidYearPoint } from "@/lib/transform/aid-series";
import { buildMarkerLayout, type KeyEvent } from "@/lib/transform/event-links";
import { formatPct, formatUsdAsMillions } from "@/lib/format";

export const AID_CHART = { width: 960, height: 440 } as const;
const M = {
  left: 64,
  right: 16,
  markerTop: 14,
  barTop: 64,
  barBottom: 296,
  shareTop: 330,
  shareBottom: 404,
  axis: 424,
} as const;

type Props = { series: AidYearPoint[]; markers: KeyEvent[]; highlightYear: number | null; idPrefix?: string };

/**
 * The aid chart as plain SVG: bars for Japan's net ODA, a second panel for Japan's
 * (derived) share of all DAC donors, hatched gaps for years without data and event
 * markers that link to the timeline. No hooks, so it renders on the server and works
 * without JavaScript; the interactive chart replaces it in the same reserved box.
 */
export function AidChartSvg({ series, markers, highlightYear, idPrefix = "aid" }: Props) {
  const { width: W, height: H } = AID_CHART;
  const n = Math.max(series.length, 1);
  const band = (W - M.left - M.right) / n;
  const xOf = (year: number) => M.left + (year - (series[0]?.year ?? year)) * band + band / 2;
  const values = series.flatMap((p) => (p.japan === null ? [] : [p.japan / 1e6]));
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(1, ...values)])
    .nice()
    .range([M.barBottom, M.barTop]);
  const shares = series.flatMap((p) => (p.sharePct === null ? [] : [p.sharePct]));
  const ys = scaleLinear()
    .domain([0, Math.max(10, ...shares)])
    .nice()
    .range([M.shareBottom, M.shareTop]);
  const gaps = buildGapRuns(series);
  const placed = buildMarkerLayout(markers, xOf);
  const labelEvery = Math.max(1, Math.ceil(n / 16));
  const hatch = `${idPrefix}-gap-hatch`;

  // Share line: broken wherever a year has no share (never drawn across a gap).
  const sharePaths: string[] = [];
  let current = "";
  for (const p of series) {
    if (p.sharePct === null) {
      if (current) sharePaths.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${xOf(p.year).toFixed(1)},${ys(p.sharePct).toFixed(1)}`;
  }
  if (current) sharePaths.push(current);

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="aid-svg"
      aria-labelledby={`${idPrefix}-svg-title`}
      data-chart="aid-static"
    >
      <title id={`${idPrefix}-svg-title`}>
        {`Japan's net bilateral ODA to Cambodia, ${series[0]?.year}–${series[series.length - 1]?.year}, USD million, with Japan's share of all DAC donors (derived)`}
      </title>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="aid-hatch-line" />
        </pattern>
      </defs>
      {y.ticks(5).map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="aid-grid" />
          <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end" className="aid-tick">
            {t}
          </text>
        </g>
      ))}
      <text x={M.left} y={M.barTop - 8} className="aid-axis-title">
        USD million, net disbursements
      </text>
      {gaps.map(([a, b]) => (
        <g key={`gap${a}`} className="aid-gap" data-gap={`${a}-${b}`}>
          <rect
            x={xOf(a) - band / 2}
            width={(b - a + 1) * band}
            y={M.barTop}
            height={M.barBottom - M.barTop}
            fill={`url(#${hatch})`}
          />
          <text x={xOf(a) + ((b - a) * band) / 2} y={M.barBottom - 8} textAnchor="middle" className="aid-gap-label">
            {a === b ? `${a}: no data` : `no data ${a}–${b}`}
          </text>
        </g>
      ))}
      {series.map((p) =>
        p.japan === null ? null : (
          <rect
            key={p.year}
            className={p.year === highlightYear ? "aid-bar aid-bar--highlight" : "aid-bar"}
            data-year={p.year}
            x={xOf(p.year) - band * 0.38}
            width={band * 0.76}
            y={Math.min(y(p.japan / 1e6), y(0))}
            height={Math.max(0.5, Math.abs(y(p.japan / 1e6) - y(0)))}
          >
            <title>{`${p.year}: USD ${formatUsdAsMillions(p.japan)} million${p.sharePct === null ? "" : `; ${formatPct(p.sharePct)} of all DAC donors (derived)`}`}</title>
          </rect>
        ),
      )}
      {highlightYear !== null
        ? series
            .filter((p) => p.year === highlightYear)
            .map((p) => (
              <text
                key="hl"
                x={xOf(p.year)}
                y={(p.japan === null ? M.barBottom - 24 : y(p.japan / 1e6)) - 6}
                textAnchor="middle"
                className="aid-highlight-label"
              >
                {p.japan === null ? `${p.year}: no data` : `${p.year}: USD ${formatUsdAsMillions(p.japan)} million`}
              </text>
            ))
        : null}
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="aid-zero" />
      {ys.ticks(2).map((t) => (
        <g key={`s${t}`}>
          <line x1={M.left} x2={W - M.right} y1={ys(t)} y2={ys(t)} className="aid-grid" />
          <text x={M.left - 8} y={ys(t)} dy="0.32em" textAnchor="end" className="aid-tick">
            {t}%
          </text>
        </g>
      ))}
      <text x={M.left} y={M.shareTop - 8} className="aid-axis-title">
        Japan&apos;s share of all DAC donors&apos; net aid, % (derived)
      </text>
      {sharePaths.map((d) => (
        <path key={d.slice(0, 24)} d={d} className="aid-share-line" />
      ))}
      {series.map((p) =>
        p.sharePct === null ? null : (
          <circle key={`sd${p.year}`} cx={xOf(p.year)} cy={ys(p.sharePct)} r={2.2} className="aid-share-dot">
            <title>{`${p.year}: ${formatPct(p.sharePct)} (derived)`}</title>
          </circle>
        ),
      )}
      {series.map((p, i) =>
        i % labelEvery === 0 || p.year === highlightYear ? (
          <text key={`x${p.year}`} x={xOf(p.year)} y={M.axis} textAnchor="middle" className="aid-tick">
            {p.year}
          </text>
        ) : null,
      )}
      {placed.map((m) => (
        <a key={m.id} href={m.href} className="aid-marker" data-event-id={m.id}>
          <title>{`${m.dateLabel}: ${m.title} (open in the timeline)`}</title>
          <line x1={m.x} x2={m.x} y1={M.markerTop + m.row * 16 + 4} y2={M.shareBottom} className="aid-marker-line" />
          <text
            x={m.x + (m.x + m.short.length * 6.5 > W - M.right ? -3 : 3)}
            y={M.markerTop + m.row * 16}
            dy="0.32em"
            textAnchor={m.x + m.short.length * 6.5 > W - M.right ? "end" : "start"}
            className="aid-marker-label"
          >
            {m.short}
          </text>
        </a>
      ))}
    </svg>
  );
}
