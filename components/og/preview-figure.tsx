import { PALETTE } from "@/lib/chart/palette";
import { THEME } from "@/lib/chart/theme";
import type { PreviewLabel, PreviewMarks } from "@/lib/og/preview-marks";
import type { PreviewFigure } from "@/lib/og/preview-types";

/*
 * A view's figure in its preview image. The image library (Satori) lays out flex boxes and
 * draws inline SVG without text, so marks are one SVG in the model's units, scaled to the box,
 * and labels are positioned boxes over it. Colours are the light design's literal values.
 */

const C = THEME.color;
const LABEL = 16;
const LEGEND = 15;
const LEGEND_ROW = 24;

function place(l: PreviewLabel, k: number, width: number) {
  const top = l.y * k - LABEL * 0.65;
  if (l.anchor === "end") return { top, right: width - l.x * k };
  if (l.anchor === "middle") return { top, left: l.x * k - 60, width: 120, justifyContent: "center" };
  return { top, left: l.x * k };
}

function ChartPanel({ marks, k }: { marks: PreviewMarks; k: number }) {
  const width = marks.width * k;
  const height = marks.height * k;
  return (
    <div style={{ display: "flex", position: "relative", width, height }}>
      <svg width={width} height={height} viewBox={`0 0 ${marks.width} ${marks.height}`}>
        {marks.rules.map((r, i) => (
          <line key={`r${i}`} x1={r.x1} x2={r.x2} y1={r.y} y2={r.y} stroke={C.rule} strokeWidth={1.5} />
        ))}
        {marks.bars.map((b, i) => (
          <rect
            key={`b${i}`}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={b.color}
            fillOpacity={b.estimate ? 0.55 : 1}
          />
        ))}
        {marks.lines.map((l, i) => (
          <path key={`l${i}`} d={l.d} fill="none" stroke={l.color} strokeWidth={3} strokeLinejoin="round" />
        ))}
        {marks.points.map((p, i) => (
          <rect
            key={`p${i}`}
            x={p.cx - 6}
            y={p.cy - 6}
            width={12}
            height={12}
            transform={`rotate(45 ${p.cx} ${p.cy})`}
            fill={p.color}
          />
        ))}
      </svg>
      {marks.labels.map((l, i) => (
        <div
          key={`t${i}`}
          style={{ display: "flex", position: "absolute", fontSize: LABEL, color: C.muted, ...place(l, k, width) }}
        >
          {l.text}
        </div>
      ))}
    </div>
  );
}

function Legend({ panels }: { panels: PreviewMarks[] }) {
  const seen = new Set<string>();
  const entries = panels.flatMap((p) => p.legend).filter((e) => !seen.has(e.label) && seen.add(e.label));
  return (
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        columnGap: 18,
        fontSize: LEGEND,
        lineHeight: `${LEGEND_ROW}px`,
        color: C.text,
      }}
    >
      {entries.map((e) => (
        <div key={e.label} style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <div
            style={{
              display: "flex",
              width: e.shape === "line" ? 22 : 14,
              height: e.shape === "line" ? 3 : 14,
              background: e.color,
              ...(e.shape === "point" ? { transform: "rotate(45deg)" } : {}),
            }}
          />
          {e.label}
        </div>
      ))}
    </div>
  );
}

const MAP_FILL: Record<string, string> = {
  protectorate: PALETTE.protectorate.light,
  modern: PALETTE.modern.light,
  ceded: PALETTE.ceded.light,
  retained: PALETTE.retained.light,
  partly_ceded: PALETTE.retained.light,
};

function MapFigure({
  figure,
  width,
  height,
}: {
  figure: Extract<PreviewFigure, { kind: "map" }>;
  width: number;
  height: number;
}) {
  return (
    <svg width={width} height={height} viewBox={figure.viewBox} style={{ background: PALETTE.sea.light }}>
      {figure.neighbours.map((d, i) => (
        <path key={`n${i}`} d={d} fill={PALETTE.land.light} stroke={PALETTE.landEdge.light} strokeWidth={1} />
      ))}
      {figure.provinces.map((p, i) => (
        <path key={`p${i}`} d={p.path} fill={MAP_FILL[p.fill] ?? PALETTE.modern.light} stroke={PALETTE.borders.light} />
      ))}
      {figure.provinces.map((p, i) =>
        p.cededPart ? <path key={`c${i}`} d={p.cededPart} fill={PALETTE.ceded.light} fillOpacity={0.6} /> : null,
      )}
      <path d={figure.outline} fill="none" stroke={PALETTE.outline.light} strokeWidth={1.5} />
      {figure.treatyLine ? (
        <path d={figure.treatyLine} fill="none" stroke={C.text} strokeWidth={3} strokeDasharray="7 4" />
      ) : null}
    </svg>
  );
}

function EraBars({ eras }: { eras: Extract<PreviewFigure, { kind: "eras" }>["eras"] }) {
  const max = Math.max(1, ...eras.map((e) => e.count));
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 18, width: "100%" }}>
      {eras.map((e) => (
        <div key={e.label} style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 22 }}>
          <div style={{ display: "flex", width: 440, color: e.selected ? C.text : C.muted }}>{e.label}</div>
          <div
            style={{
              display: "flex",
              height: 34,
              width: Math.max(4, (e.count / max) * 520),
              background: e.selected ? PALETTE.accent.light : C.grid,
            }}
          />
          <div style={{ display: "flex", color: C.muted }}>{`${e.count} events`}</div>
        </div>
      ))}
    </div>
  );
}

/** Rows the legend wraps to at its font size (Satori wraps it; the chart is sized to leave room). */
function legendRows(panels: PreviewMarks[], width: number): number {
  const labels = [...new Set(panels.flatMap((p) => p.legend.map((e) => e.label)))];
  let rows = labels.length ? 1 : 0;
  let used = 0;
  for (const label of labels) {
    const w = label.length * 8.2 + 50;
    if (used + w > width && used > 0) {
      rows += 1;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/** The figure fitted into a box of the image (several chart panels side by side). */
export function PreviewFigureBox({ figure, width, height }: { figure: PreviewFigure; width: number; height: number }) {
  if (figure.kind === "map") return <MapFigure figure={figure} width={width} height={height} />;
  if (figure.kind === "eras") return <EraBars eras={figure.eras} />;
  const gap = 24;
  const n = figure.panels.length;
  const chartHeight = height - legendRows(figure.panels, width) * LEGEND_ROW - 8;
  const each = (width - gap * (n - 1)) / n;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div style={{ display: "flex", gap }}>
        {figure.panels.map((p, i) => (
          <ChartPanel key={i} marks={p} k={Math.min(each / p.width, chartHeight / p.height)} />
        ))}
      </div>
      <Legend panels={figure.panels} />
    </div>
  );
}
