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
 * A derived share: two decimals ("0.24 %", "7.67 %"), since the smallest shares shown (Japan's
 * side of the bilateral trade, Cambodia's among its neighbours) are below 1 %, where one decimal
 * would hide most of the change. A share that is not zero but would print as "0.00 %" keeps two
 * significant digits instead ("0.0012 %"), so a small flow never reads as none. Exactly zero is "0 %".
 */
export function formatShare(p: number): string {
  return `${formatShareNumber(p)} %`;
}

/** The number of formatShare without its sign: "0.24", "0.0012", "0" (lib/i18n/format.ts adds each language's sign). */
export function formatShareNumber(p: number): string {
  if (p === 0) return "0";
  const size = Math.abs(p);
  if (size >= 0.005) return formatDecimals(p, 2, 2);
  // Two significant digits: the first non-zero digit is at decimal place ceil(−log10 |p|).
  const decimals = Math.min(12, Math.ceil(-Math.log10(size)) + 1);
  return formatDecimals(p, 2, decimals);
}

/** A derived percentage with one decimal: "42.5 %". */
export const formatPct = (p: number): string => `${formatPctNumber(p)} %`;

/** The number of formatPct without its sign. */
export const formatPctNumber = (p: number): string => formatDecimal(p, 1, 1);

const UNIT_LABELS: Record<string, string> = {
  USD: "USD",
  USD_million: "USD million",
  JPY_billion: "billion yen",
  JPY_million: "million yen",
  JPY_100million: "oku yen (億円, 100 million yen)",
};

/** Unit codes of the data files in words. */
export function formatUnit(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** A quoted amount with its unit after the number, as sources print it: "2,099 USD million", "133.09 oku yen (億円, 100 million yen)". */
export function formatQuantity(value: number, unit: string): string {
  return `${formatNumber(value)} ${formatUnit(unit)}`;
}

/**
 * A source's note with its first "oku" glossed: Japanese sources count in 億 (oku, 100 million),
 * so "20.99 oku USD" is USD 2,099 million. The note's own words are kept; the gloss is added.
 */
export function explainOku(text: string): string {
  if (text.includes("億")) return text;
  return text.replace(/\boku\b/, "oku (億, 100 million)");
}
