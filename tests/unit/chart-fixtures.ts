import type { ChartPanel } from "@/views/trade/model/trade-chart-series";

/** A trade panel with an estimate, a gap, a derived line that goes negative and a press point. */
export const tradePanel: ChartPanel = {
  id: "trade",
  title: "Trade",
  unit: "USD million",
  years: [2000, 2001, 2002, 2003],
  series: [
    {
      key: "a",
      label: "A",
      color: "#111111",
      kind: "bar",
      derived: false,
      values: [10, null, 30, 5],
      sources: [
        { label: "s", title: "s", estimate: true, notes: "" },
        null,
        { label: "s", title: "s", estimate: false, notes: "" },
        { label: "s", title: "s", estimate: false, notes: "" },
      ],
    },
    {
      key: "bal",
      label: "Balance",
      color: "#222222",
      kind: "line",
      derived: true,
      values: [5, null, -10, -5],
      sources: [null, null, null, null],
    },
    {
      key: "p",
      label: "Press",
      color: "#333333",
      kind: "point",
      derived: false,
      values: [null, null, null, 40],
      sources: [null, null, null, null],
    },
  ],
};
