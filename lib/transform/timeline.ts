/**
 * Date handling and grouping for the timeline. Event dates keep the precision the
 * source gave: a year-only event is "1569", never "1 January 1569", and a month-only
 * event is "March 1941". Dates are handled as strings, so no time zone can shift them.
 */

export type Precision = "year" | "month" | "day";
export type EventInput = {
  date: string;
  precision: Precision;
  year: number;
  title: string;
  description: string;
  sources: { title: string; url: string }[];
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Human date at the source's precision: "1569", "March 1941", "9 March 1945". */
export function buildEventDateLabel(date: string, precision: Precision): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === "year" || !month) return y ?? date;
  if (precision === "month" || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Stable, readable anchor id: "1941-03-tokyo-treaty-cedes-western-cambodia". */
export function buildEventId(date: string, title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, 5)
    .join("-");
  return `${date}-${slug}`;
}

export const ERAS = [
  { id: "early-contact", label: "Early contact", from: 1500, to: 1899 },
  { id: "colonial-war", label: "Colonial era and the Second World War", from: 1900, to: 1953 },
  { id: "cold-war", label: "Cold War", from: 1954, to: 1991 },
  { id: "reconstruction", label: "Reconstruction and partnership", from: 1992, to: 9999 },
] as const;
export type EraId = (typeof ERAS)[number]["id"];
export const ERA_IDS = ERAS.map((e) => e.id) as [EraId, ...EraId[]];

/** The era an event belongs to, by calendar year (independence in Nov 1953 closes the colonial era). */
export function buildEraId(year: number): EraId {
  const era = ERAS.find((e) => year >= e.from && year <= e.to);
  return era ? era.id : "reconstruction";
}

export type TimelineEvent = EventInput & { id: string; dateLabel: string; era: EraId };
export type TimelineGroup<T extends TimelineEvent = TimelineEvent> = { id: EraId; label: string; events: T[] };

/** Adds id, label and era to each event, in chronological order (stable within a year). */
export function buildTimelineEvents(events: readonly EventInput[]): TimelineEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.year - b.e.year || a.i - b.i)
    .map(({ e }) => ({
      ...e,
      id: buildEventId(e.date, e.title),
      dateLabel: buildEventDateLabel(e.date, e.precision),
      era: buildEraId(e.year),
    }));
}

/** Era groups in order; with `era` set, only that era. Empty eras are dropped. */
export function buildTimelineGroups<T extends TimelineEvent>(
  events: readonly T[],
  era?: EraId | null,
): TimelineGroup<T>[] {
  return ERAS.filter((e) => !era || e.id === era)
    .map((e) => ({ id: e.id, label: e.label, events: events.filter((ev) => ev.era === e.id) }))
    .filter((g) => g.events.length > 0);
}
