import { formatDecimal } from "./decimal-text";

/**
 * Number formatting for display. Up to three decimals are shown because that is the
 * most any source prints: a figure is never rounded away on screen. The digits are what
 * Intl.NumberFormat en-US prints, without creating one (decimal-text.ts says why).
 */

/** A number with between `minFrac` and `maxFrac` decimals; negatives use a true minus sign. */
export function formatDecimals(value: number, minFrac: number, maxFrac: number): string {
  const text = formatDecimal(Math.abs(value), minFrac, maxFrac);
  return value < 0 ? `−${text}` : text;
}

/** 1234.5 → "1,234.5"; negatives use a true minus sign. */
export const formatNumber = (value: number): string => formatDecimals(value, 0, 3);

export function formatUsdMillion(value: number): string {
  return `USD ${formatNumber(value)} million`;
}

export const formatTick = (value: number): string => formatDecimals(value, 0, 0);

/** Signed change, e.g. "+12.5" or "−3". */
export function formatSigned(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/**
 * A value in USD shown in millions: 61340000.15259 → "61.34". WDI stores floats; two
 * decimals of a million is the precision the source prints (USD 10,000), so nothing
 * is rounded away.
 */
export const formatUsdAsMillions = (usd: number): string => formatDecimals(usd / 1e6, 2, 2);

/**
 * A derived share with two decimals ("0.24 %", "7.67 %"): the smallest shares shown (Japan's
 * side of the bilateral trade, Cambodia's among its neighbours) are below 1 %, where one
 * decimal would hide most of the change.
 */
export const formatShare = (p: number): string => `${formatDecimals(p, 2, 2)} %`;

/** A derived percentage with one decimal: "42.5 %". */
export const formatPct = (p: number): string => `${formatDecimal(p, 1, 1)} %`;

const UNIT_LABELS: Record<string, string> = {
  USD: "USD",
  USD_million: "USD million",
  JPY_billion: "billion yen",
  JPY_million: "million yen",
  JPY_100million: "×100 million yen (oku yen)",
};

/** Unit codes of the data files in words. */
export function formatUnit(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}
