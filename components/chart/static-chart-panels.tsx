import type { ChartModel } from "@/lib/chart/model";
import type { KeyEvent } from "@/lib/transform/event-links";
import { ChartEventList } from "./chart-event-list";
import { ChartLegend } from "./chart-legend";
import { ChartSvg } from "./chart-svg";

type Props = {
  figures: { wide: ChartModel; narrow: ChartModel }[];
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
        {figures.map(({ wide, narrow }) => (
          <figure key={wide.id} className="chart-figure" data-interactive="false">
            {withTitles && <h2 className="chart-title">{wide.title}</h2>}
            <ChartLegend entries={wide.legend} label={`Legend: ${wide.title}`} />
            <div
              className="chart-box"
              tabIndex={0}
              role="group"
              aria-label={`${wide.title}: focus to read the values year by year`}
            >
              <ChartSvg model={wide} idPrefix={`${wide.id}-w`} />
              <ChartSvg model={narrow} idPrefix={`${wide.id}-n`} />
            </div>
          </figure>
        ))}
      </div>
      <ChartEventList markers={markers} />
    </>
  );
}
