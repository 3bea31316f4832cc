import { describe, expect, it } from "vitest";
import { formatDecimal } from "@/lib/decimal-text";
import { rng } from "@/e2e/support/random";

/** Every decimal range the app formats with (lib/format.ts, trade-value-format.ts, the map's areas). */
const RANGES: [number, number][] = [
  [0, 0],
  [0, 3],
  [1, 1],
  [2, 2],
];

const intl = (x: number, min: number, max: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max }).format(x);

describe("formatDecimal prints what Intl.NumberFormat en-US prints", () => {
  it("on values where rounding is easy to get wrong", () => {
    const cases = [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.125,
      1.005,
      1.0049999,
      2.675,
      999.9995,
      9.995,
      0.0005,
      0.00049,
      1e-7,
      5e-7,
      123456789.987654,
      1e21,
      1.5e21,
      2 ** 53,
      61340000.15259,
      479999.98927,
      1.7890420745514373,
      99.95,
      0.045,
    ];
    for (const [min, max] of RANGES)
      for (const x of cases)
        for (const v of [x, -x]) expect(formatDecimal(v, min, max), `${v} [${min}, ${max}]`).toBe(intl(v, min, max));
  });

  it("on 20,000 generated values of every magnitude the data have", () => {
    const random = rng(1941);
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 14 - 5);
      const decimals = Math.floor(random() * 8);
      // Half the values with few decimals (as the sources print them), half as any double.
      const raw = random() * magnitude * (random() < 0.2 ? -1 : 1);
      const x = i % 2 ? Number(raw.toFixed(decimals)) : raw;
      const [min, max] = RANGES[i % RANGES.length]!;
      expect(formatDecimal(x, min, max), `${x} [${min}, ${max}]`).toBe(intl(x, min, max));
    }
  });

  it("on 20,000 doubles made of random bits (subnormal to the largest)", () => {
    const random = rng(1569);
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 20_000; i++) {
      view.setUint32(0, Math.floor(random() * 2 ** 32));
      view.setUint32(4, Math.floor(random() * 2 ** 32));
      const x = view.getFloat64(0);
      if (!Number.isFinite(x)) continue;
      const [min, max] = RANGES[i % RANGES.length]!;
      expect(formatDecimal(x, min, max), `${x} [${min}, ${max}]`).toBe(intl(x, min, max));
    }
  });

  it("writes no decimals and a rounded whole number when none are allowed", () => {
    expect(formatDecimal(1234.5, 0, 0)).toBe("1,235");
    expect(formatDecimal(0.4, 0, 0)).toBe("0");
  });
});
