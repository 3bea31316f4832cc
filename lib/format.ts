/**
 * Number formatting for display. Up to three decimals are shown because that is the
 * most any source prints: a figure is never rounded away on screen.
 */
const usd = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

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
