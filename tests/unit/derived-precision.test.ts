import { describe, expect, it } from "vitest";
import { roundDerived, sumExact } from "@/lib/transform/derived-precision";
import { buildShare } from "@/lib/transform/aid-series";

describe("derived precision", () => {
  it("rounds a derived value to six significant digits, leaving no floating-point tail", () => {
    expect(roundDerived(68.18181952727271)).toBe(68.1818);
    expect(roundDerived(0.35525340557671176)).toBe(0.355253);
    expect(roundDerived(25)).toBe(25);
    expect(roundDerived(0)).toBe(0);
    expect(buildShare(1, 3)).toBe(33.3333);
  });

  it("sums source values exactly to their finest decimal place", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([150000.00596, 1_234_567_890])).toBe(1_234_717_890.00596);
    expect(sumExact([1_000_000, -250_000])).toBe(750_000);
  });
});
