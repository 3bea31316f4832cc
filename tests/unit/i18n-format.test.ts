import { describe, expect, it } from "vitest";
import { rng } from "@/e2e/support/random";
import { formatDecimals } from "@/lib/format";
import * as en from "@/lib/format";
import { getFormatter, NUMBER_SYMBOLS } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { buildEventDateLabel } from "@/lib/transform/timeline";

const ja = getFormatter("ja");
const km = getFormatter("km");

/** Values with the decimals sources print (0–3), negatives, zero, large and tiny ones, from a fixed seed. */
function values(): number[] {
  const r = rng(20261208);
  const out = [0, -0, 1, -1, 0.5, 1234.5, -1234.5, 1234567.891, 0.004, 0.0012, 99.995, 2.675, 1e21, 5e-7];
  for (let i = 0; i < 5000; i++) {
    const decimals = Math.floor(r() * 4);
    const size = 10 ** Math.floor(r() * 9 - 3);
    out.push(Number(((r() - 0.3) * size).toFixed(decimals)));
  }
  return out;
}

describe("English is today's lib/format.ts, byte for byte", () => {
  it("the en formatter's functions are lib/format.ts's own", () => {
    const f = getFormatter("en");
    expect([
      f.number,
      f.decimals,
      f.tick,
      f.signed,
      f.usdMillion,
      f.usdAsMillions,
      f.quantity,
      f.unit,
      f.share,
      f.pct,
    ]).toEqual([
      en.formatNumber,
      en.formatDecimals,
      en.formatTick,
      en.formatSigned,
      en.formatUsdMillion,
      en.formatUsdAsMillions,
      en.formatQuantity,
      en.formatUnit,
      en.formatShare,
      en.formatPct,
    ]);
    expect(f.date).toBe(buildEventDateLabel);
  });

  it("formatShare and formatPct print what they printed before their number was split out", () => {
    // The implementation before lib/i18n/format.ts needed the number without its sign, verbatim.
    const before = (p: number) => {
      if (p === 0) return "0 %";
      const size = Math.abs(p);
      if (size >= 0.005) return `${formatDecimals(p, 2, 2)} %`;
      const decimals = Math.min(12, Math.ceil(-Math.log10(size)) + 1);
      return `${formatDecimals(p, 2, decimals)} %`;
    };
    const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const intlPct = (p: number) => `${oneDecimal.format(p)} %`;
    for (const v of values()) {
      expect(en.formatShare(v), String(v)).toBe(before(v));
      expect(en.formatPct(v), String(v)).toBe(intlPct(v));
    }
  });
});

describe("Japanese and Khmer keep every digit English prints", () => {
  it("the same digits and decimals as English, with the language's separators", () => {
    for (const v of values())
      for (const f of [ja, km]) {
        expect(f.number(v)).toBe(en.formatNumber(v));
        expect(f.decimals(v, 2, 2)).toBe(en.formatDecimals(v, 2, 2));
      }
  });

  it("the separator tables are CLDR's with Latin digits (checked against this Node's Intl once)", () => {
    for (const locale of LOCALES) {
      const parts = new Intl.NumberFormat(locale, { numberingSystem: "latn" }).formatToParts(1234567.5);
      expect({
        group: parts.find((p) => p.type === "group")?.value,
        decimal: parts.find((p) => p.type === "decimal")?.value,
      }).toEqual(NUMBER_SYMBOLS[locale]);
    }
  });
});

describe("the exact strings per language", () => {
  it("numbers, signs and ticks", () => {
    expect([ja.number(1234.5), ja.number(-3), ja.signed(12.5), ja.tick(2000), ja.decimals(0.1, 2, 2)]).toEqual([
      "1,234.5",
      "−3",
      "+12.5",
      "2,000",
      "0.10",
    ]);
    expect([km.number(1234567.891), km.number(-0.004), km.signed(-3), km.usdAsMillions(61340000.15259)]).toEqual([
      "1,234,567.891",
      "−0.004",
      "−3",
      "61.34",
    ]);
  });

  it("million US dollars as each side's statistics write them", () => {
    expect(getFormatter("en").usdMillion(1234.5)).toBe("USD 1,234.5 million");
    expect(ja.usdMillion(1234.5)).toBe("1,234.5百万米ドル");
    expect(km.usdMillion(1234.5)).toBe("1,234.5 លានដុល្លារអាមេរិក");
    expect(ja.usdMillion(-80.25)).toBe("−80.25百万米ドル");
  });

  it("quantities in the data files' units", () => {
    expect(ja.quantity(2099, "USD_million")).toBe("2,099百万米ドル");
    expect(ja.quantity(133.09, "JPY_100million")).toBe("133.09億円");
    expect(km.quantity(269.2, "JPY_billion")).toBe("269.2 ពាន់លានយ៉េន");
    expect(km.quantity(5, "other_unit")).toBe("5 other_unit");
  });

  it("shares and percentages, two significant digits below 0.005 as in English", () => {
    expect([ja.share(7.6712), ja.share(0.0012345), ja.share(0), ja.pct(42.46)]).toEqual([
      "7.67%",
      "0.0012%",
      "0%",
      "42.5%",
    ]);
    expect([km.share(-0.24), km.pct(-1.05)]).toEqual(["−0.24%", "-1.1%"]);
    expect(getFormatter("en").share(7.6712)).toBe("7.67 %");
  });

  it("Gregorian years and dates in each language's order", () => {
    const cases = [
      ["1569", "year"],
      ["1941-03", "month"],
      ["1941-05-09", "day"],
    ] as const;
    expect(cases.map(([d, p]) => getFormatter("en").date(d, p))).toEqual(["1569", "March 1941", "9 May 1941"]);
    expect(cases.map(([d, p]) => ja.date(d, p))).toEqual(["1569年", "1941年3月", "1941年5月9日"]);
    expect(cases.map(([d, p]) => km.date(d, p))).toEqual(["ឆ្នាំ 1569", "មីនា 1941", "9 ឧសភា 1941"]);
    expect([getFormatter("en").year(1941), ja.year(1941), km.year(1941)]).toEqual(["1941", "1941年", "ឆ្នាំ 1941"]);
  });

  it("dates match this Node's Intl (full ICU) on every month, without calling it at run time", () => {
    for (let m = 1; m <= 12; m++) {
      const d = new Date(Date.UTC(1941, m - 1, 9));
      const intl = (locale: string, o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(locale, { timeZone: "UTC", numberingSystem: "latn", calendar: "gregory", ...o }).format(
          d,
        );
      const date = `1941-${String(m).padStart(2, "0")}-09`;
      expect(ja.date(date, "day")).toBe(intl("ja", { year: "numeric", month: "long", day: "numeric" }));
      expect(km.date(date, "day")).toBe(intl("km", { year: "numeric", month: "long", day: "numeric" }));
      expect(ja.date(date.slice(0, 7), "month")).toBe(intl("ja", { year: "numeric", month: "long" }));
      expect(km.date(date.slice(0, 7), "month")).toBe(intl("km", { year: "numeric", month: "long" }));
    }
  });

  it("no Khmer or full-width digits anywhere", () => {
    const out = values().flatMap((v) => [ja.number(v), km.number(v), ja.usdMillion(v), km.usdMillion(v), km.share(v)]);
    expect(out.filter((s) => /[\u17E0-\u17E9\uFF10-\uFF19]/u.test(s))).toEqual([]);
  });
});
