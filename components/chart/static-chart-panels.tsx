import type { ChartPanel } from "@/lib/transform/trade-chart-series";
import { BarLineSvg } from "./bar-line-svg";
import { ChartLegend } from "./chart-legend";

/** Server-rendered chart panels: title, legend and SVG inside the reserved chart box. */
export function StaticChartPanels({ panels }: { panels: ChartPanel[] }) {
  return (
    <div className={panels.length > 1 ? "grid-2" : undefined}>
      {panels.map((panel) => (
        <figure key={panel.id} className="chart-figure" data-interactive="false">
          <h2 className="chart-title">{panel.title}</h2>
          <ChartLegend panel={panel} />
          <div className="chart-box">
            <BarLineSvg panel={panel} />
          </div>
        </figure>
      ))}
    </div>
  );
}
