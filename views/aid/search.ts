/*
 * The aid view's settings and their canonical address, without the parser (params.ts): the
 * browser's controls write addresses with these and never load the parser's schemas.
 */

export type AidQuery = { from: number; to: number; year: number | null; events: boolean };
export type YearSpan = { first: number; last: number };

/** The canonical search string of a view; defaults are left out so links stay short. */
export function buildAidSearch(query: AidQuery, span: YearSpan): string {
  const q = new URLSearchParams();
  if (query.from !== span.first) q.set("from", String(query.from));
  if (query.to !== span.last) q.set("to", String(query.to));
  if (query.year !== null) q.set("year", String(query.year));
  if (!query.events) q.set("events", "off");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The API URL for a view's data (range only); also the SWR key shared by server and client. */
export function aidApiKey(query: Pick<AidQuery, "from" | "to">, span: YearSpan): string {
  const q = new URLSearchParams();
  if (query.from !== span.first) q.set("from", String(query.from));
  if (query.to !== span.last) q.set("to", String(query.to));
  const s = q.toString();
  return s ? `/api/aid?${s}` : "/api/aid";
}
