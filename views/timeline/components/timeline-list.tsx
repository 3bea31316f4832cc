import type { LinkedEvent } from "@/lib/data/events";
import { buildTimelineGroups, type EraId } from "@/lib/transform/timeline";
import type { TimelineOrder } from "../params";
import { TimelineEventItem } from "./timeline-event";
import "./timeline.css";

export function TimelineList({
  events,
  era,
  highlight,
  order,
}: {
  events: LinkedEvent[];
  era: EraId | null;
  highlight: string | null;
  order: TimelineOrder;
}) {
  const oldestFirst = buildTimelineGroups(events, era);
  // Newest first: the eras and the events inside each, reversed (the data are in date order).
  const groups =
    order === "oldest" ? oldestFirst : oldestFirst.map((g) => ({ ...g, events: [...g.events].reverse() })).reverse();
  return (
    <>
      {groups.map((g) => (
        <section key={g.id} id={g.id} className="timeline-era" aria-labelledby={`${g.id}-heading`}>
          <h2 id={`${g.id}-heading`}>
            {g.label} <span className="muted">({g.events.length} events)</span>
          </h2>
          <ol className="timeline-list">
            {g.events.map((e, i) => (
              <TimelineEventItem key={i} event={e} highlighted={e.id === highlight} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
