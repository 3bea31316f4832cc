import type { FigureSizes } from "@/lib/chart/figures";
import type { KeyEvent } from "@/lib/transform/event-links";
import { ChartEventList } from "./chart-event-list";
import { ChartLegend } from "./chart-legend";
import { ChartSvgSizes } from "./chart-svg";

type Props = {
  figures: readonly FigureSizes[];
  markers?: readonly KeyEvent[];
  withTitles?: boolean;
};

/**
 * The static trade figures' frame: title, legend and both sizes of the SVG (CSS shows the
 * narrow one on phones), then the event markers' links. Drawn by StaticTradeFigures, on the
 * server and at hydration.
 */
export function StaticChartPanels({ figures, markers = [], withTitles = true }: Props) {
  return (
    <>
      <div className={figures.length > 1 ? "grid-2" : undefined}>
        {figures.map((figure) => (
          <figure key={figure.wide.id} className="chart-figure" data-interactive="false">
            {withTitles && <h2 className="chart-title">{figure.wide.title}</h2>}
            <ChartLegend entries={figure.wide.legend} label={`Legend: ${figure.wide.title}`} />
            <div
              className="chart-box"
              tabIndex={0}
              role="group"
              aria-label={`${figure.wide.title}: focus to read the values year by year`}
            >
              <ChartSvgSizes figure={figure} id={figure.wide.id} />
            </div>
          </figure>
        ))}
      </div>
      <ChartEventList markers={markers} />
    </>
  );
}
