"use client";

import { NoScriptApply, YearRangeSelects } from "@/components/controls/form-parts";
import { PARTNER_LABEL, REGION_PARTNERS, type RegionMeasure } from "@/lib/region/partners";
import { type RegionQuery, type RegionSpans, defaultScale } from "@/views/region/search";

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
      <YearRangeSelects
        from={query.from}
        to={query.to}
        domain={{ from: span.first, to: span.last }}
        onChange={(r) => setQuery({ ...query, ...r })}
      />
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
