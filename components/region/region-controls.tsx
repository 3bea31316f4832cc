"use client";

import { NoScriptApply } from "@/components/controls/form-parts";
import { PARTNER_LABEL, REGION_PARTNERS, type RegionMeasure } from "@/lib/region/partners";
import { type RegionQuery, type RegionSpans, defaultScale } from "@/lib/url/region-params";

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const MEASURES: { value: RegionMeasure; label: string }[] = [
  { value: "imports", label: "Japan's imports" },
  { value: "exports", label: "Japan's exports" },
  { value: "aid", label: "Japan's net ODA" },
];

/**
 * Measure, partners, years and scale. A plain GET form (checkboxes send ?partners=KHM&partners=LAO,
 * which the parser reads like the comma list), so it works without JavaScript via Apply; with
 * JavaScript every change applies at once. Space toggles a partner, arrows move between measures.
 */
export function RegionControls({
  query,
  spans,
  onChange: setQuery,
  busy,
}: {
  query: RegionQuery;
  spans: RegionSpans;
  onChange: (q: RegionQuery) => void;
  busy: boolean;
}) {
  const span = spans[query.measure];
  return (
    <form className="controls" method="get" action="/region" aria-label="Chart settings" aria-busy={busy}>
      <fieldset>
        <legend>Measure</legend>
        <div className="segmented">
          {MEASURES.map((m) => (
            <label key={m.value}>
              <input
                type="radio"
                name="measure"
                value={m.value}
                checked={query.measure === m.value}
                onChange={() => {
                  const s = spans[m.value];
                  setQuery({ ...query, measure: m.value, from: s.first, to: s.last, scale: defaultScale(m.value) });
                }}
              />{" "}
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Partners</legend>
        <div className="segmented">
          {REGION_PARTNERS.map((p) => {
            const on = query.partners.includes(p);
            return (
              <label key={p}>
                <input
                  type="checkbox"
                  name="partners"
                  value={p}
                  checked={on}
                  // The last partner cannot be unticked: a chart with no lines shows nothing.
                  aria-disabled={on && query.partners.length === 1 ? true : undefined}
                  onChange={() => {
                    if (on && query.partners.length === 1) return;
                    const next = on ? query.partners.filter((x) => x !== p) : [...query.partners, p];
                    setQuery({ ...query, partners: REGION_PARTNERS.filter((x) => next.includes(x)) });
                  }}
                />{" "}
                {PARTNER_LABEL[p]}
              </label>
            );
          })}
        </div>
      </fieldset>
      <label className="field">
        From year
        <select
          name="from"
          value={query.from}
          onChange={(e) => {
            const from = Number(e.target.value);
            setQuery({ ...query, from, to: Math.max(from, query.to) });
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
            setQuery({ ...query, to, from: Math.min(query.from, to) });
          }}
        >
          {years(span.first, span.last).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Scale</legend>
        <div className="segmented">
          <label>
            <input
              type="radio"
              name="scale"
              value="log"
              checked={query.scale === "log"}
              disabled={query.measure === "aid"}
              onChange={() => setQuery({ ...query, scale: "log" })}
            />{" "}
            Logarithmic
          </label>
          <label>
            <input
              type="radio"
              name="scale"
              value="linear"
              checked={query.scale === "linear"}
              onChange={() => setQuery({ ...query, scale: "linear" })}
            />{" "}
            Linear
          </label>
        </div>
      </fieldset>
      <NoScriptApply year={null} />
      <a
        className="button button--quiet"
        href="/region"
        onClick={(e) => {
          e.preventDefault();
          const s = spans.imports;
          setQuery({ measure: "imports", partners: [...REGION_PARTNERS], from: s.first, to: s.last, scale: "log" });
        }}
      >
        Reset
      </a>
    </form>
  );
}
