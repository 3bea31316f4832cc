import { formatDecimals, formatNumber, formatShare } from "@/lib/format";
import type { AccessPoint, AccessSeries } from "./types";

/**
 * A value with its unit, as a screen reader should say it. All decimals the source prints are
 * kept (formatNumber never rounds a figure away); a negative value uses a true minus sign.
 */
export function formatValue(value: number, unit: string): string {
  if (unit === "USD million") return `USD ${formatNumber(value)} million`;
  // Derived shares and indices are read as the page shows them (two decimals, one), as trade-value-format.ts prints them.
  if (unit.startsWith("% of")) return formatShare(value);
  // Read without its series label, an index names its base: "123.4 (index, 2000 = 100)".
  if (unit.startsWith("index, ")) return `${formatDecimals(value, 1, 1)} (${unit})`;
  if (unit === "%") return `${formatNumber(value)} %`;
  return `${formatNumber(value)} ${unit}`;
}

/** One year of one series: "2005: USD 105.789 million", "…, estimate" or "2001: no data". */
export function announcePoint(p: AccessPoint, unit: string): string {
  if (p.value === null) return `${p.year}: no data`;
  return `${p.year}: ${formatValue(p.value, unit)}${p.estimate ? ", estimate" : ""}`;
}

type Extreme = { year: number; value: number };

function withData(points: readonly AccessPoint[]): Extreme[] {
  return points.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value }]));
}

function extremes(first: Extreme, points: Extreme[]): { low: Extreme; high: Extreme } {
  let low = first;
  let high = first;
  for (const p of points) {
    if (p.value < low.value) low = p;
    if (p.value > high.value) high = p;
  }
  return { low, high };
}

function countNote(points: readonly AccessPoint[]): string {
  const missing = points.filter((p) => p.value === null).length;
  const estimates = points.filter((p) => p.value !== null && p.estimate).length;
  const parts = [
    missing > 0 ? `${missing} ${missing === 1 ? "year" : "years"} without data` : "",
    estimates > 0 ? `${estimates} ${estimates === 1 ? "estimate" : "estimates"}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(", ")}.` : "";
}

/**
 * A stretch of a series (the whole series or one decade): first and last values with data,
 * the low and the high, and how many years have no data or are estimates. Every figure is
 * read from the points; nothing is interpolated.
 */
export function describeSpan(name: string, series: AccessSeries, points: readonly AccessPoint[]): string {
  const data = withData(points);
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return `${name}, ${series.label}: no data.`;
  const fmt = (v: number) => formatValue(v, series.unit);
  if (data.length === 1)
    return `${name}, ${series.label}: only ${first.year}, ${fmt(first.value)}.${countNote(points)}`;
  const { low, high } = extremes(first, data);
  return (
    `${name}, ${series.label}: from ${fmt(first.value)} in ${first.year} to ${fmt(last.value)} in ${last.year}; ` +
    `lowest ${fmt(low.value)} in ${low.year}, highest ${fmt(high.value)} in ${high.year}.${countNote(points)}`
  );
}
