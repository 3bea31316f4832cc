import { FLOW_AS_RECORDED, FLOW_LABEL, SERIES_SHORT, TRADE_COLORS } from "@/lib/transform/trade-labels";
import type { TradeView } from "@/views/trade/model/trade-view";
import type { BilateralFlow, PressPoint, Reporter, TradePoint } from "@/lib/transform/trade-series";

/** Where one plotted value comes from, for tooltips and tables. */
type ValueSource = { label: string; title: string; estimate: boolean; notes: string };

export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  kind: "bar" | "line" | "point";
  derived: boolean;
  values: (number | null)[];
  sources: (ValueSource | null)[];
};

/**
 * One chart: a year axis and the series drawn on it. Plain data for server and client alike.
 * `valueFormat`: "share" values are percentages shown with two decimals; "index" values are base year = 100.
 */
export type ChartPanel = {
  id: string;
  title: string;
  unit: string;
  years: number[];
  series: ChartSeries[];
  valueFormat?: "share" | "index";
};

const UNIT = "USD million";

const source = (p: TradePoint | null): ValueSource | null =>
  p ? { label: SERIES_SHORT[p.series], title: p.sourceTitle, estimate: p.estimate, notes: p.notes } : null;

export function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function pressSeries(
  key: string,
  label: string,
  years: number[],
  press: PressPoint[],
  keep: (p: PressPoint) => boolean,
  color: string,
): ChartSeries {
  const byYear = new Map(press.filter(keep).map((p) => [p.year, p]));
  const points = years.map((y) => byYear.get(y) ?? null);
  return {
    key,
    label,
    color,
    kind: "point",
    derived: false,
    values: points.map((p) => p?.value ?? null),
    sources: points.map((p) =>
      p ? { label: SERIES_SHORT[p.series], title: p.sourceTitle, estimate: false, notes: p.notes } : null,
    ),
  };
}

/**
 * Turns a trade view into chart panels: one panel (two flows as bars, the derived
 * balance as a line, press figures as separate points) or, in the mirror view, one
 * panel per flow comparing what each side records, with the derived gap as a line.
 */
export function buildTradeChartPanels(view: TradeView): ChartPanel[] {
  const years = yearsOf(view.query.from, view.query.to);
  if (view.kind === "single") {
    const r: Reporter = view.query.reporter;
    const byYear = new Map(view.years.map((y) => [y.year, y]));
    const pick = (y: number) => byYear.get(y);
    const pressLabel = (flow: BilateralFlow) => `${FLOW_LABEL[flow]}, press report`;
    return [
      {
        id: "trade",
        title: `Japan–Cambodia trade, ${r === "japan" ? "as reported by Japan" : "as reported by Cambodia"}`,
        unit: UNIT,
        years,
        series: [
          {
            key: "japanToCambodia",
            label: `${FLOW_LABEL.japan_to_cambodia}: ${FLOW_AS_RECORDED[r].japan_to_cambodia}`,
            color: TRADE_COLORS.japanToCambodia,
            kind: "bar",
            derived: false,
            values: years.map((y) => pick(y)?.japanToCambodia?.value ?? null),
            sources: years.map((y) => source(pick(y)?.japanToCambodia ?? null)),
          },
          {
            key: "cambodiaToJapan",
            label: `${FLOW_LABEL.cambodia_to_japan}: ${FLOW_AS_RECORDED[r].cambodia_to_japan}`,
            color: TRADE_COLORS.cambodiaToJapan,
            kind: "bar",
            derived: false,
            values: years.map((y) => pick(y)?.cambodiaToJapan?.value ?? null),
            sources: years.map((y) => source(pick(y)?.cambodiaToJapan ?? null)),
          },
          {
            key: "balance",
            label: "Balance (derived): Japan → Cambodia minus Cambodia → Japan",
            color: TRADE_COLORS.balance,
            kind: "line",
            derived: true,
            values: years.map((y) => pick(y)?.balance ?? null),
            sources: years.map(() => null),
          },
          pressSeries(
            "pressJapanToCambodia",
            pressLabel("japan_to_cambodia"),
            years,
            view.press,
            (p) => p.flow === "japan_to_cambodia",
            TRADE_COLORS.japanToCambodia,
          ),
          pressSeries(
            "pressCambodiaToJapan",
            pressLabel("cambodia_to_japan"),
            years,
            view.press,
            (p) => p.flow === "cambodia_to_japan",
            TRADE_COLORS.cambodiaToJapan,
          ),
        ],
      },
    ];
  }
  return view.flows.map((f) => {
    const byYear = new Map(f.years.map((y) => [y.year, y]));
    const pick = (y: number) => byYear.get(y);
    return {
      id: f.flow,
      title: `${FLOW_LABEL[f.flow]}: the same flow as each side records it`,
      unit: UNIT,
      years,
      series: [
        {
          key: "japanReported",
          label: `Reported by Japan: ${FLOW_AS_RECORDED.japan[f.flow]}`,
          color: TRADE_COLORS.japanReported,
          kind: "bar",
          derived: false,
          values: years.map((y) => pick(y)?.japanReported?.value ?? null),
          sources: years.map((y) => source(pick(y)?.japanReported ?? null)),
        },
        {
          key: "cambodiaReported",
          label: `Reported by Cambodia: ${FLOW_AS_RECORDED.cambodia[f.flow]}`,
          color: TRADE_COLORS.cambodiaReported,
          kind: "bar",
          derived: false,
          values: years.map((y) => pick(y)?.cambodiaReported?.value ?? null),
          sources: years.map((y) => source(pick(y)?.cambodiaReported ?? null)),
        },
        {
          key: "gap",
          label: "Gap (derived): Japan-reported minus Cambodia-reported",
          color: TRADE_COLORS.gap,
          kind: "line",
          derived: true,
          values: years.map((y) => pick(y)?.gap ?? null),
          sources: years.map(() => null),
        },
        pressSeries(
          "pressJapan",
          "Reported by Japan, press report (JETRO)",
          years,
          view.press,
          (p) => p.flow === f.flow && p.reporter === "japan",
          TRADE_COLORS.japanReported,
        ),
        pressSeries(
          "pressCambodia",
          "Reported by Cambodia, press report (GDCE)",
          years,
          view.press,
          (p) => p.flow === f.flow && p.reporter === "cambodia",
          TRADE_COLORS.cambodiaReported,
        ),
      ],
    };
  });
}

/** Drops series with no value in the panel's years (e.g. press points before 2021), so legends list only what is drawn. */
export function visibleSeries(panel: ChartPanel): ChartSeries[] {
  return panel.series.filter((s) => s.values.some((v) => v !== null));
}
