import * as en from "@/lib/format";
import { buildEventDateLabel, type Precision } from "@/lib/transform/timeline";
import type { Locale } from "./locales";

/**
 * One formatter for numbers, units, years and dates in each language. English is today's
 * lib/format.ts, called as it is, so English text stays byte for byte what it was. Japanese and
 * Khmer take the same digits (lib/decimal-text.ts: every decimal the source prints, no rounding
 * away, no Intl at run time) and put each language's separators, unit words and date order
 * around them. Everything is plain string work with tables written out here, so the server and
 * every browser print the same characters whatever ICU data they carry; the unit tests compare
 * the tables with Node's Intl (numberingSystem latn) once, and pin the exact strings.
 *
 * Digits are Latin (0–9) in all three languages: Japan's statistics and Cambodia's NIS tables
 * both print them, and a figure reads the same in every language.
 */

type NumberSymbols = { group: string; decimal: string };

/** CLDR's symbols with numberingSystem latn: the same three times, but kept per language on purpose. */
export const NUMBER_SYMBOLS: Readonly<Record<Locale, NumberSymbols>> = {
  en: { group: ",", decimal: "." },
  ja: { group: ",", decimal: "." },
  km: { group: ",", decimal: "." },
};

/** Month names in Khmer, as CLDR and Cambodian government documents write them. */
const KM_MONTHS = [
  "មករា",
  "កុម្ភៈ",
  "មីនា",
  "មេសា",
  "ឧសភា",
  "មិថុនា",
  "កក្កដា",
  "សីហា",
  "កញ្ញា",
  "តុលា",
  "វិច្ឆិកា",
  "ធ្នូ",
] as const;

/** Unit codes of the data files in words, per language (en is lib/format.ts's own table). */
const UNIT_WORDS: Readonly<Record<Exclude<Locale, "en">, Record<string, string>>> = {
  // Japan's statistics: 百万米ドル, 百万円, 億円. "Billion yen" has no everyday word; 十億円 keeps the source's scale.
  ja: {
    USD: "米ドル",
    USD_million: "百万米ドル",
    JPY_billion: "十億円",
    JPY_million: "百万円",
    JPY_100million: "億円",
  },
  // NIS and customs tables: លានដុល្លារអាមេរិក. ពាន់លាន is a thousand million, រយលាន a hundred million.
  km: {
    USD: "ដុល្លារអាមេរិក",
    USD_million: "លានដុល្លារអាមេរិក",
    JPY_billion: "ពាន់លានយ៉េន",
    JPY_million: "លានយ៉េន",
    JPY_100million: "រយលានយ៉េន",
  },
};

export type Formatter = {
  locale: Locale;
  /** Up to three decimals, as the source prints them: 1234.5 → "1,234.5"; negatives with "−". */
  number(value: number): string;
  /** Between `minFrac` and `maxFrac` decimals. */
  decimals(value: number, minFrac: number, maxFrac: number): string;
  /** Axis ticks: whole numbers. */
  tick(value: number): string;
  /** Signed change: "+12.5", "−3". */
  signed(value: number): string;
  /** A value in million US dollars with its unit words. */
  usdMillion(value: number): string;
  /** A value in USD shown in millions, two decimals (lib/format.ts formatUsdAsMillions), without unit. */
  usdAsMillions(usd: number): string;
  /** A quoted amount with the data file's unit code in words. */
  quantity(value: number, unit: string): string;
  /** The data file's unit code in words. */
  unit(unit: string): string;
  /** A derived share (two decimals, or two significant digits below 0.005). */
  share(p: number): string;
  /** A derived percentage with one decimal. */
  pct(p: number): string;
  /** A Gregorian year in running text: "1941", "1941年", "ឆ្នាំ 1941". */
  year(year: number): string;
  /** A date at its source's precision ("1941", "1941-03", "1945-03-09"). */
  date(date: string, precision: Precision): string;
};

/** Replaces en-US separators in a formatted number with the language's. */
function withSymbols(text: string, symbols: NumberSymbols): string {
  if (symbols.group === "," && symbols.decimal === ".") return text;
  return text.replace(/[,.]/g, (c) => (c === "," ? symbols.group : symbols.decimal));
}

const ENGLISH: Formatter = {
  locale: "en",
  number: en.formatNumber,
  decimals: en.formatDecimals,
  tick: en.formatTick,
  signed: en.formatSigned,
  usdMillion: en.formatUsdMillion,
  usdAsMillions: en.formatUsdAsMillions,
  quantity: en.formatQuantity,
  unit: en.formatUnit,
  share: en.formatShare,
  pct: en.formatPct,
  year: (year) => String(year),
  date: buildEventDateLabel,
};

type Words = {
  usdMillion: (n: string) => string;
  quantity: (n: string, unit: string) => string;
  percent: (n: string) => string;
  year: (y: string) => string;
  month: (y: string, m: number) => string;
  day: (y: string, m: number, d: number) => string;
};

const WORDS: Readonly<Record<Exclude<Locale, "en">, Words>> = {
  ja: {
    usdMillion: (n) => `${n}百万米ドル`,
    quantity: (n, unit) => `${n}${unit}`,
    percent: (n) => `${n}%`,
    year: (y) => `${y}年`,
    month: (y, m) => `${y}年${m}月`,
    day: (y, m, d) => `${y}年${m}月${d}日`,
  },
  km: {
    usdMillion: (n) => `${n} លានដុល្លារអាមេរិក`,
    quantity: (n, unit) => `${n} ${unit}`,
    percent: (n) => `${n}%`,
    year: (y) => `ឆ្នាំ ${y}`,
    month: (y, m) => `${KM_MONTHS[m - 1]} ${y}`,
    day: (y, m, d) => `${d} ${KM_MONTHS[m - 1]} ${y}`,
  },
};

function buildFormatter(locale: Exclude<Locale, "en">): Formatter {
  const symbols = NUMBER_SYMBOLS[locale];
  const words = WORDS[locale];
  const units = UNIT_WORDS[locale];
  const local = (text: string) => withSymbols(text, symbols);
  const unit = (code: string) => units[code] ?? code;
  const number = (value: number) => local(en.formatNumber(value));
  return {
    locale,
    number,
    decimals: (value, minFrac, maxFrac) => local(en.formatDecimals(value, minFrac, maxFrac)),
    tick: (value) => local(en.formatTick(value)),
    signed: (value) => local(en.formatSigned(value)),
    usdMillion: (value) => words.usdMillion(number(value)),
    usdAsMillions: (usd) => local(en.formatUsdAsMillions(usd)),
    quantity: (value, code) => words.quantity(number(value), unit(code)),
    unit,
    share: (p) => words.percent(local(en.formatShareNumber(p))),
    pct: (p) => words.percent(local(en.formatPctNumber(p))),
    year: (year) => words.year(String(year)),
    date: (date, precision) => {
      const [y = date, m, d] = date.split("-");
      const month = Number(m);
      if (precision === "year" || !(month >= 1 && month <= 12)) return words.year(y);
      if (precision === "month" || !d) return words.month(y, month);
      return words.day(y, month, Number(d));
    },
  };
}

const FORMATTERS: Readonly<Record<Locale, Formatter>> = {
  en: ENGLISH,
  ja: buildFormatter("ja"),
  km: buildFormatter("km"),
};

/** The formatter for a language. */
export function getFormatter(locale: Locale): Formatter {
  return FORMATTERS[locale];
}
