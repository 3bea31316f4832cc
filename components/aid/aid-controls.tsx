"use client";

import { EventsToggle, NoScriptApply } from "@/components/controls/form-parts";
import type { AidQuery, YearSpan } from "@/lib/url/aid-params";

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Year range and event markers. A plain GET form, so it works without JavaScript
 * (the Apply button); with JavaScript every change applies at once.
 */
export function AidControls({
  query,
  span,
  onChange: setQuery,
  busy,
}: {
  query: AidQuery;
  span: YearSpan;
  onChange: (q: AidQuery) => void;
  busy: boolean;
}) {
  return (
    <form className="controls" method="get" action="/aid" aria-label="Chart settings" aria-busy={busy}>
      <label className="field">
        From year
        <select
          name="from"
          value={query.from}
          onChange={(e) => {
            const from = Number(e.target.value);
            setQuery({ ...query, from, to: Math.max(from, query.to), year: null });
          }}
        >
          {years(span.first, span.last).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        To year
        <select
          name="to"
          value={query.to}
          onChange={(e) => {
            const to = Number(e.target.value);
            setQuery({ ...query, to, from: Math.min(query.from, to), year: null });
          }}
        >
          {years(span.first, span.last).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <EventsToggle on={query.events} onChange={(on) => setQuery({ ...query, events: on })} />
      <NoScriptApply year={query.year} />
      <a
        className="button button--quiet"
        href="/aid"
        onClick={(e) => {
          e.preventDefault();
          setQuery({ from: span.first, to: span.last, year: null, events: true });
        }}
      >
        Reset
      </a>
    </form>
  );
}
