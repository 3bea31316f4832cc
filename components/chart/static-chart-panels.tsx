import type { KeyEvent } from "@/lib/transform/event-links";
import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { BarLineSvg } from "./bar-line-svg";
import { ChartEventList } from "./chart-event-list";
import { ChartLegend } from "./chart-legend";

type Props = { panels: ChartPanel[]; markers?: readonly KeyEvent[]; highlightYear?: number | null };

/** Server-rendered chart panels: title, legend and SVG inside the reserved chart box, then the event markers' links. */
export function StaticChartPanels({ panels, markers = [], highlightYear = null }: Props) {
  return (
    <>
      <div className={panels.length > 1 ? "grid-2" : undefined}>
        {panels.map((panel) => (
          <figure key={panel.id} className="chart-figure" data-interactive="false">
            <h2 className="chart-title">{panel.title}</h2>
            <ChartLegend panel={panel} />
            <div className="chart-box">
              <BarLineSvg panel={panel} markers={markers} highlightYear={highlightYear} />
            </div>
          </figure>
        ))}
      </div>
      <ChartEventList markers={markers} />
    </>
  );
}
