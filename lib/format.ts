/** Number formatting shared by the aid views. Formatting never changes a figure's value. */
const million2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const pct1 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * USD → "61.34" (USD million). WDI stores values as floats; two decimals of a million
 * is the precision the source prints (nearest USD 10,000), so nothing is rounded away.
 */
export function formatUsdMillion(usd: number): string {
  return million2.format(usd / 1e6);
}

export function formatNumber(n: number): string {
  return plain.format(n);
}

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

export function formatUnit(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}
