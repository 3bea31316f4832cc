import type { FigureSizes } from "@/lib/chart/figures";
import type { KeyEvent } from "@/lib/schemas/events";
import { ChartEventList } from "./chart-event-list";
import { ChartLegend } from "./chart-legend";
import { ChartSvgSizes } from "./chart-svg";

type Props = {
  figures: readonly FigureSizes[];
  markers?: readonly KeyEvent[];
  withTitles?: boolean;
};

/**
 * The static trade figures' frame: title, both sizes of the SVG and the legend (CSS shows the
 * narrow one on phones), then the event markers' links. Drawn by StaticTradeFigures, on the
 * server and at hydration.
 */
export function StaticChartPanels({ figures, markers = [], withTitles = true }: Props) {
  return (
    <>
      <div className={figures.length > 1 ? "chart-stack" : undefined}>
        {figures.map((figure) => (
          <figure key={figure.wide.id} className="chart-figure" data-interactive="false">
            {withTitles && <h2 className="chart-title">{figure.wide.title}</h2>}
            <div className="chart-box">
              <ChartSvgSizes figure={figure} id={figure.wide.id} />
            </div>
            {/* Under the chart, so that on a phone the chart itself starts in the first screen. */}
            <ChartLegend entries={figure.wide.legend} label={`Legend: ${figure.wide.title}`} />
          </figure>
        ))}
      </div>
      <ChartEventList markers={markers} />
    </>
  );
}
