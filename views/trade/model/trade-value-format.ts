import { formatDecimals, formatNumber, formatShare, formatTick } from "@/lib/format";
import type { ChartPanel } from "./trade-chart-series";

/**
 * A panel's value as text: published values with every decimal the source prints; a share
 * (derived, %) with two decimals, which shows the smallest ones (Japan's side is below 1 %);
 * an index (derived, base year = 100) with one.
 */
export function formatPanelValue(panel: Pick<ChartPanel, "valueFormat">, value: number): string {
  if (panel.valueFormat === "share") return formatShare(value);
  if (panel.valueFormat === "index") return formatDecimals(value, 1, 1);
  return formatNumber(value);
}

/**
 * Axis tick labels: whole numbers, with up to three decimals for shares (ticks of 0.05 %, 0.001 on a log axis)
 * and for powers of ten below one on a log axis (0.1, 0.01).
 */
export function formatPanelTick(panel: Pick<ChartPanel, "valueFormat">, value: number): string {
  if (panel.valueFormat === "share" || (value !== 0 && Math.abs(value) < 1)) return formatNumber(value);
  return formatTick(value);
}

/**
 * What follows a value beside its series label: " USD million"; nothing for a share ("7.67 %"
 * carries its unit) or an index, whose series label already says "(index, 2000 = 100, derived)".
 */
export function formatPanelUnitSuffix(panel: Pick<ChartPanel, "valueFormat" | "unit">): string {
  if (panel.valueFormat === "share" || panel.valueFormat === "index") return "";
  return ` ${panel.unit}`;
}

/** A value after its series label: "1,727.39 USD million", "7.67 %", "123.4" (the label names the index). */
export function formatPanelValueWithUnit(panel: Pick<ChartPanel, "valueFormat" | "unit">, value: number): string {
  return `${formatPanelValue(panel, value)}${formatPanelUnitSuffix(panel)}`;
}
