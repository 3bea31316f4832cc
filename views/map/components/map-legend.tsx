import { ChartLegend } from "@/components/chart/chart-legend";
import { buildMapLegend } from "@/lib/map/legend";
import type { MapParams } from "@/lib/map/settings";

/** Legend for the current phase and account: the same entries and swatches as the map's export. */
export function MapLegend({ params }: { params: MapParams }) {
  return <ChartLegend entries={buildMapLegend(params)} label="Map legend" className="map-legend" />;
}
