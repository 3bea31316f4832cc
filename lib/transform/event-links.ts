import type { KeyEvent } from "@/lib/schemas/events";
/**
 * Cross-links between the timeline and the other views, keyed by event id (see
 * buildEventId). A unit test checks that every id here exists in events.csv, so a
 * retitled event cannot silently lose its link.
 */

export type EventLink = { href: string; label: string };
export type DateDispute = { note: string; source: { title: string; url: string } };
export type KeyEventDef = { id: string; short: string };

const aidAt = (year: number): EventLink => ({
  href: `/aid?year=${year}#aid-chart`,
  label: `Japan's aid in ${year} on the aid chart`,
});
const tradeAt = (year: number): EventLink => ({
  href: `/trade?year=${year}`,
  label: `Japan–Cambodia trade in ${year} on the trade chart`,
});
const annexedMap: EventLink = { href: "/map?phase=annexed", label: "Map: the provinces annexed in 1941" };

export const EVENT_LINKS: Readonly<Record<string, readonly EventLink[]>> = {
  "1941-03-tokyo-treaty-cedes-western-cambodia": [annexedMap],
  "1941-08-japanese-troops-enter-cambodia": [annexedMap],
  "1946-11-17-washington-settlement-returns-the-annexed": [
    { href: "/map?phase=today", label: "Map: the provinces returned, on today's map" },
  ],
  "1968-first-japanese-loan-to-cambodia": [aidAt(1968)],
  "1992-japanese-embassy-reopens-tokyo-reconstruction": [aidAt(1992)],
  "1994-03-2nd-icorc-meeting-in-tokyo": [aidAt(1994)],
  "1996-07-1st-consultative-group-meeting-in": [aidAt(1996)],
  "1999-02-25-3rd-consultative-group-meeting-in": [aidAt(1999)],
  "2002-02-japan-s-country-assistance-program": [aidAt(2002)],
  "2006-us-59-million-aid-agreement": [aidAt(2006)],
  "2007-06-14-new-partnership-joint-statement-and": [tradeAt(2007)],
  "2013-12-15-strategic-partnership": [aidAt(2013)],
  "2022-01-01-rcep-enters-into-force": [tradeAt(2022)],
};

/** Where sources give another date for the same event; shown beside the event. */
export const DATE_DISPUTES: Readonly<Record<string, DateDispute>> = {
  "1945-03-09-japanese-coup-in-french-indochina": {
    note: "Sources differ on the date: Japanese Wikipedia gives 9 March 1945 (used here); the 2016 English Wikipedia infobox says “February 1945”.",
    source: {
      title: "Japanese occupation of Cambodia (English Wikipedia, 2016 snapshot)",
      url: "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Japanese_occupation_of_Cambodia.html",
    },
  },
  "1946-11-17-washington-settlement-returns-the-annexed": {
    note: "One Thai administrative-history blog gives 1 November 1946 for the signing; the article on the treaty gives 17 November (used here). The handover itself came in December 1946 (one travel guide says 1947).",
    source: {
      title: "Thai Local Administration blog: Return of annexed provinces to French Indochina",
      url: "http://tambon.blogspot.com/2008/04/return-of-annexed-provinces-to-french.html",
    },
  },
  "1941-03-tokyo-treaty-cedes-western-cambodia": {
    note: "“March 1941” is the date of the Japanese mediation terms (11 March); the formal Convention of Peace between France and Thailand was signed in Tokyo on 9 May 1941.",
    source: {
      title: "FRUS 1941 vol. V, doc. 148",
      url: "https://history.state.gov/historicaldocuments/frus1941v05/d148",
    },
  },
};

/** A few events shown as markers on the time axis of the trade and aid charts. */
export const KEY_EVENTS: readonly KeyEventDef[] = [
  { id: "1970-coup-and-civil-war", short: "1970 coup" },
  { id: "1975-04-05-japanese-embassy-in-phnom-penh", short: "Embassy closes" },
  { id: "1991-10-23-paris-peace-agreements", short: "Paris Agreements" },
  { id: "1992-japanese-embassy-reopens-tokyo-reconstruction", short: "Embassy reopens" },
  { id: "2013-12-15-strategic-partnership", short: "Strategic partnership" },
  { id: "2022-01-01-rcep-enters-into-force", short: "RCEP" },
];

/** The timeline anchor for an event. */
export function buildTimelineHref(id: string): string {
  return `/timeline#${id}`;
}

/** Key events inside a chart's year range, ordered by year. Pure, so client charts can call it. */
export function buildEventMarkers(events: readonly KeyEvent[], from: number, to: number): KeyEvent[] {
  return events.filter((e) => e.year >= from && e.year <= to).sort((a, b) => a.year - b.year);
}

/** A marker in a figure's notes: its year and short name, the year once ("1970 coup", not "1970 1970 coup"). */
export const markerNote = (m: Pick<KeyEvent, "year" | "short">): string =>
  m.short.startsWith(String(m.year)) ? m.short : `${m.year} ${m.short}`;
