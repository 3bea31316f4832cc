import { formatTick } from "@/lib/format";
import { buildBarLineLayout } from "@/lib/transform/bar-line-layout";
import type { KeyEvent } from "@/lib/transform/event-links";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { EVENT_MARKER_COLOR } from "@/lib/trade-labels";
import { escapeXml } from "./text-layout";

const AXIS = "#4f5868";
const GRID = "#e3e6eb";
/** Stripes of the "no data" bands, as on the page's legend swatch. */
export const GAP_HATCH = "#9aa3b2";
const GAP = GAP_HATCH;

/**
 * The bar-and-line chart as an SVG string for export: the same layout function as the
 * server-rendered chart (components/chart/bar-line-svg.tsx), with literal colours and
 * no classes, so the string stands alone. `idPrefix` keeps pattern ids unique when a
 * figure holds several panels.
 */
export function buildBarLineMarkup(
  panel: ChartPanel,
  {
    width,
    height,
    idPrefix,
    gaps = [],
    markers = [],
  }: {
    width: number;
    height: number;
    idPrefix: string;
    gaps?: readonly (readonly [number, number])[];
    markers?: readonly KeyEvent[];
  },
): string {
  const bars = panel.series.filter((s) => s.kind === "bar");
  const lines = panel.series.filter((s) => s.kind === "line");
  const points = panel.series.filter((s) => s.kind === "point");
  const layout = buildBarLineLayout({
    years: panel.years,
    bars: bars.map((s) => ({ key: s.key, values: s.values, flags: s.sources.map((src) => src?.estimate ?? false) })),
    lines: lines.map((s) => ({ key: s.key, values: s.values })),
    points: points.map((s) => ({ key: s.key, values: s.values })),
    width,
    height,
    markers,
  });
  const color = (key: string) => escapeXml(panel.series.find((s) => s.key === key)?.color ?? AXIS);
  const hatch = `${idPrefix}-hatch`;
  const { plot } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="13">`,
  );
  out.push(
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff" fill-opacity="0.55"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>${
      gaps.length > 0
        ? `<pattern id="${idPrefix}-gap" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="${GAP}" stroke-width="2"/></pattern>`
        : ""
    }</defs>`,
  );
  // Years the source leaves empty: a hatched band and a label, so a gap never reads as zero.
  for (const [a, b] of gaps) {
    const first = layout.slots.find((s) => s.year === a);
    const last = layout.slots.find((s) => s.year === b);
    if (!first || !last) continue;
    out.push(
      `<rect x="${r(first.x0)}" y="${plot.y}" width="${r(last.x1 - first.x0)}" height="${plot.height}" fill="url(#${idPrefix}-gap)" fill-opacity="0.6"/>`,
    );
    out.push(
      `<text x="${r((first.x0 + last.x1) / 2)}" y="${r(plot.y + plot.height - 8)}" text-anchor="middle" font-size="12" fill="${AXIS}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(a === b ? `${a}: no data` : `no data ${a}–${b}`)}</text>`,
    );
  }
  out.push(`<g fill="${AXIS}">`);
  for (const t of layout.yTicks) {
    out.push(
      `<line x1="${plot.x}" x2="${plot.x + plot.width}" y1="${r(t.y)}" y2="${r(t.y)}" stroke="${t.value === 0 ? AXIS : GRID}"/>`,
    );
    out.push(
      `<text x="${plot.x - 8}" y="${r(t.y)}" dy="0.32em" text-anchor="end">${escapeXml(formatTick(t.value))}</text>`,
    );
  }
  out.push(
    `<text transform="translate(14,${r(plot.y + plot.height / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(panel.unit)}</text>`,
  );
  for (const t of layout.xTicks)
    out.push(
      `<text x="${r(t.x)}" y="${r(plot.y + plot.height + 20)}" text-anchor="middle">${escapeXml(t.label)}</text>`,
    );
  out.push(`</g><g>`);
  for (const b of layout.bars) {
    out.push(
      `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" fill="${color(b.key)}"/>`,
    );
    if (b.flagged)
      out.push(
        `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" fill="url(#${hatch})"/>`,
      );
  }
  out.push(`</g><g fill="none" stroke-width="2" stroke-linejoin="round">`);
  for (const l of layout.lines) if (l.d) out.push(`<path d="${l.d}" stroke="${color(l.key)}"/>`);
  out.push(`</g><g>`);
  for (const p of layout.points) {
    out.push(
      `<rect x="${r(p.cx - 5)}" y="${r(p.cy - 5)}" width="10" height="10" transform="rotate(45 ${r(p.cx)} ${r(p.cy)})" fill="${color(p.key)}" stroke="#ffffff" stroke-width="1.5"/>`,
    );
  }
  out.push(`</g><g font-size="12" font-weight="600" fill="#1d2330">`);
  // Event markers as in the page's chart, without links (a PNG or a standalone SVG has no timeline to open).
  for (const m of layout.markers) {
    out.push(
      `<line x1="${r(m.x)}" x2="${r(m.x)}" y1="${r(m.labelY + 6)}" y2="${r(plot.y + plot.height)}" stroke="${EVENT_MARKER_COLOR}" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    );
    out.push(
      `<text x="${r(m.x + (m.anchor === "end" ? -3 : 3))}" y="${r(m.labelY)}" dy="0.32em" text-anchor="${m.anchor}">${escapeXml(m.short)}</text>`,
    );
  }
  out.push(`</g></svg>`);
  return out.join("");
}

const r = (n: number) => Math.round(n * 10) / 10;
