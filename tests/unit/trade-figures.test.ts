import { describe, expect, it } from "vitest";
import { buildTradeCharts } from "@/views/trade/figure";
import { buildTradeViewFigures } from "@/views/trade/figure";
import { buildTradeApiRows } from "@/views/trade/model/trade-api";
import { buildTradeDisplay } from "@/views/trade/model/trade-display";
import type { KeyEvent } from "@/lib/schemas/events";
import type { TradeQuery } from "@/views/trade/search";
import { FIXTURE } from "./trade-fixtures";

const domain = { from: 2000, to: 2005 };
const dataOf = (query: TradeQuery) => ({ query, rows: buildTradeApiRows(FIXTURE, query) });
const japan: TradeQuery = { reporter: "japan", measure: "value", from: 2000, to: 2003 };
const both: TradeQuery = { ...japan, reporter: "both" };

describe("buildTradeViewFigures (the static figures of a view)", () => {
  it("gives both sizes of each panel: one figure for a reporter, two for the mirror view", () => {
    const one = buildTradeViewFigures(dataOf(japan), { scale: "linear", base: null, year: null }, domain, []);
    const two = buildTradeViewFigures(dataOf(both), { scale: "linear", base: null, year: null }, domain, []);
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    for (const f of [...one, ...two]) {
      expect(f.wide.size).toBe("wide");
      expect(f.narrow.size).toBe("narrow");
      expect(f.narrow.width).toBeLessThan(f.wide.width);
    }
  });

  it("equals the charts of the view's display panels with its scale, notes, highlight and markers", () => {
    const marker: KeyEvent = { id: "e", year: 2002, short: "E", title: "E", dateLabel: "2002", href: "/timeline#e" };
    for (const view of [
      { scale: "log" as const, base: null, year: 2002 },
      { scale: "index" as const, base: 2002, year: null },
    ]) {
      const shown = buildTradeDisplay(dataOf(japan), view, domain);
      const options = { markers: [marker], highlightYear: view.year, scale: shown.scale, notes: shown.notes };
      const [figure] = buildTradeViewFigures(dataOf(japan), view, domain, [marker]);
      expect(figure!.wide).toEqual(buildTradeCharts(shown.panels, options, "wide")[0]);
      expect(figure!.narrow).toEqual(buildTradeCharts(shown.panels, options, "narrow")[0]);
      expect(figure!.wide.markers.map((m) => m.id)).toEqual(["e"]);
    }
  });

  it("carries the view's scale, its notes and the highlighted year into the model", () => {
    const [log] = buildTradeViewFigures(dataOf(japan), { scale: "log", base: null, year: 2002 }, domain, []);
    expect(log!.wide.panels[0]!.y.kind).toBe("log");
    expect(log!.wide.notes.some((n) => /logarithmic/.test(n))).toBe(true);
    expect(log!.wide.highlight?.year).toBe(2002);
    const [linear] = buildTradeViewFigures(dataOf(japan), { scale: "linear", base: null, year: null }, domain, []);
    expect(linear!.wide.panels[0]!.y.kind).toBe("linear");
    expect(linear!.wide.highlight).toBeNull();
  });
});
