import { type KeyEvent } from "@/lib/schemas/events";
import { markerNote } from "@/lib/transform/event-links";
import "./chart-events.css";

/**
 * The chart's event markers as a list of links: the markers drawn in the chart are
 * small targets and, inside the chart's image, not reachable by every screen reader. On a
 * narrow figure the markers are numbered: so is the list (the numbers show only where the chart uses them).
 */
export function ChartEventList({ markers }: { markers: readonly KeyEvent[] }) {
  if (markers.length === 0) return null;
  return (
    <nav className="chart-events" aria-label="Key events marked on the chart">
      <p className="chart-events__title">Key events marked on the chart (open in the timeline):</p>
      <ul>
        {markers.map((m, i) => (
          <li key={m.id}>
            <a href={m.href} data-event-id={m.id}>
              <MarkerNumber n={i + 1} />
              {m.dateLabel}: {m.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A marker's number as the narrow figure draws it; hidden where the figure names its markers (CSS). */
function MarkerNumber({ n }: { n: number }) {
  return (
    <span className="chart-events__n" aria-hidden="true">
      {n}
    </span>
  );
}

/**
 * The key to a narrow figure's numbered markers where there is no room for the full list (the
 * embeds): each number with its year and short name. Shown only where the numbers are (CSS).
 */
export function ChartMarkerKey({ markers }: { markers: readonly KeyEvent[] }) {
  if (markers.length === 0) return null;
  return (
    <ol className="chart-marker-key" aria-label="Key events marked on the chart">
      {markers.map((m, i) => (
        <li key={m.id}>
          <MarkerNumber n={i + 1} />
          {markerNote(m)}
        </li>
      ))}
    </ol>
  );
}
