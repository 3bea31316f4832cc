"use client";

import type { AidQuery, YearSpan } from "@/lib/url/aid-params";

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Year range and event markers. A plain GET form, so it works without JavaScript
 * (the Apply button); with JavaScript every change applies at once.
 */
export function AidControls({ query, span, onChange: setQuery, busy }: { query: AidQuery; span: YearSpan; onChange: (q: AidQuery) => void; busy: boolean }) {
  return (
    <form className="controls" method="get" action="/aid" aria-label="Chart settings" aria-busy={busy}>
      <label className="field">
        From year
        <select name="from" value={query.from} onChange={(e) => {
          const from = Number(e.target.value);
          setQuery({ ...query, from, to: Math.max(from, query.to), year: null });
        }}>
          {years(span.first, span.last).map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <label className="field">
        To year
        <select name="to" value={query.to} onChange={(e) => {
          const to = Number(e.target.value);
          setQuery({ ...query, to, from: Math.min(query.from, to), year: null });
        }}>
          {years(span.first, span.last).map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Key events</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="events" value="on" checked={query.events} onChange={() => setQuery({ ...query, events: true })} /> Show
          </label>
          <label>
            <input type="radio" name="events" value="off" checked={!query.events} onChange={() => setQuery({ ...query, events: false })} /> Hide
          </label>
        </div>
      </fieldset>
      {query.year !== null && <input type="hidden" name="year" value={query.year} />}
      {/* Only readers without JavaScript need to submit; with it every change applies at once.
          In <noscript>, so the button never appears and then vanishes (no layout shift). */}
      <noscript>
        <button type="submit" className="button">
          Apply
        </button>
      </noscript>
      <a className="button button--quiet" href="/aid" onClick={(e) => { e.preventDefault(); setQuery({ from: span.first, to: span.last, year: null, events: true }); }}>
        Reset
      </a>
    </form>
  );
}
