import type { KeyEvent } from "@/lib/transform/event-links";
import "./chart-events.css";

/**
 * The chart's event markers as a list of links: the markers drawn in the chart are
 * small targets and, inside the chart's image, not reachable by every screen reader.
 */
export function ChartEventList({ markers }: { markers: readonly KeyEvent[] }) {
  if (markers.length === 0) return null;
  return (
    <nav className="chart-events" aria-label="Key events marked on the chart">
      <p className="chart-events__title">Key events marked on the chart (open in the timeline):</p>
      <ul>
        {markers.map((m) => (
          <li key={m.id}>
            <a href={m.href} data-event-id={m.id}>
              {m.dateLabel}: {m.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
