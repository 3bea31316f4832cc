import "server-only";
import { loadDataset } from "./read-data-file";
import type { EventRow } from "@/lib/schemas/events";
import {
  DATE_DISPUTES,
  EVENT_LINKS,
  KEY_EVENTS,
  buildTimelineHref,
  type DateDispute,
  type EventLink,
} from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";
import { buildTimelineEvents, type TimelineEvent } from "@/lib/transform/timeline";

export type { KeyEvent };
export type LinkedEvent = TimelineEvent & { links: readonly EventLink[]; dispute: DateDispute | null };

/** Raw validated rows of events.csv. */
function getEventRows(dir?: string): Promise<EventRow[]> {
  return loadDataset("events", dir);
}

/** Every event in chronological order, with its anchor id, era, cross-links and date disputes. */
export async function getEvents(dir?: string): Promise<LinkedEvent[]> {
  const events = buildTimelineEvents(await getEventRows(dir));
  return events.map((e) => ({ ...e, links: EVENT_LINKS[e.id] ?? [], dispute: DATE_DISPUTES[e.id] ?? null }));
}

/** The key events for chart markers: plain data, safe to pass to a client chart. */
export async function getKeyEvents(dir?: string): Promise<KeyEvent[]> {
  const events = await getEvents(dir);
  const byId = new Map(events.map((e) => [e.id, e]));
  return KEY_EVENTS.flatMap((k) => {
    const e = byId.get(k.id);
    return e
      ? [
          {
            id: e.id,
            year: e.year,
            short: k.short,
            title: e.title,
            dateLabel: e.dateLabel,
            href: buildTimelineHref(e.id),
          },
        ]
      : [];
  });
}
