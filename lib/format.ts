import { formatDecimal } from "./decimal-text";

/**
 * Number formatting for display. Up to three decimals are shown because that is the
 * most any source prints: a figure is never rounded away on screen. The text is what
 * Intl.NumberFormat en-US prints, without creating one (decimal-text.ts says why).
 */
const usd = { format: (x: number) => formatDecimal(x, 0, 3) };
const whole = { format: (x: number) => formatDecimal(x, 0, 0) };

/** 1234.5 → "1,234.5"; negatives use a true minus sign. */
export function formatNumber(value: number): string {
  const text = usd.format(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

export function formatUsdMillion(value: number): string {
  return `USD ${formatNumber(value)} million`;
}

export function formatTick(value: number): string {
  const text = whole.format(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

/** Signed change, e.g. "+12.5" or "−3". */
export function formatSigned(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

const million2 = { format: (x: number) => formatDecimal(x, 2, 2) };
const pct1 = { format: (x: number) => formatDecimal(x, 1, 1) };

/**
 * A value in USD shown in millions: 61340000.15259 → "61.34". WDI stores floats; two
 * decimals of a million is the precision the source prints (USD 10,000), so nothing
 * is rounded away.
 */
export function formatUsdAsMillions(usd: number): string {
  const text = million2.format(Math.abs(usd) / 1e6);
  return usd < 0 ? `−${text}` : text;
}

const pct2 = million2;

/**
 * A derived share with two decimals ("0.24 %", "7.67 %"): the smallest shares shown (Japan's
 * side of the bilateral trade, Cambodia's among its neighbours) are below 1 %, where one
 * decimal would hide most of the change.
 */
export function formatShare(p: number): string {
  const text = pct2.format(Math.abs(p));
  return p < 0 ? `−${text} %` : `${text} %`;
}

/** A derived percentage with one decimal: "42.5 %". */
export function formatPct(p: number): string {
  return `${pct1.format(p)} %`;
}

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
