"use client";

import { type EmbedFormTarget, SettingsForm } from "@/components/controls/settings-form";
import { EventsToggle, NoScriptApply, YearRangeSelects, YearSelect } from "@/components/controls/form-parts";
import { LazyYearRangeSlider } from "@/components/controls/lazy-year-range-slider";
import type { TradeDomains } from "@/lib/transform/trade-domains";
import { REPORTER_LABEL } from "@/lib/transform/trade-labels";
import { TRADE_REPORTERS, type TradePageQuery, type TradeScale } from "@/views/trade/search";

const MEASURES = [
  ["value", "USD million"],
  ["share", "Share of each side's trade"],
] as const;
const SCALES: readonly (readonly [TradeScale, string])[] = [
  ["linear", "Linear"],
  ["log", "Logarithmic"],
  ["index", "Index (base year = 100)"],
];

/**
 * Keeps a range inside a reporter's years when the reporter changes (Japan's data end earlier);
 * a range that ended at the last reporter's default end ends at the new one's (the mirror view
 * stops where both sides' IMF figures do).
 */
function clampTo(query: TradePageQuery, previous: TradePageQuery, domains: TradeDomains): TradePageQuery {
  const d = domains[query.reporter];
  const p = domains[previous.reporter];
  const end = previous.to === (p.defaultTo ?? p.to) ? (d.defaultTo ?? d.to) : query.to;
  const from = Math.min(Math.max(query.from, d.from), d.to);
  const to = Math.max(Math.min(end, d.to), from);
  return { ...query, from, to };
}

/**
 * Reporter switch, year range, measure (values or shares), scale (linear, log, index and its
 * base year) and the event markers toggle. A plain GET form, so it works without JavaScript
 * (the Apply button); with JavaScript every change applies at once.
 */
export function TradeControls({
  query,
  domains,
  onChange,
  busy,
  embed,
}: {
  query: TradePageQuery;
  domains: TradeDomains;
  onChange: (q: TradePageQuery) => void;
  busy: boolean;
  /** Inside an embed: where the form and the reset link go. */
  embed?: EmbedFormTarget;
}) {
  const domain = domains[query.reporter];
  const update = (patch: Partial<TradePageQuery>) => {
    let next = { ...query, ...patch };
    if (patch.reporter) next = clampTo(next, query, domains);
    if (patch.from !== undefined && next.from > next.to) next.to = next.from;
    if (patch.to !== undefined && next.to < next.from) next.from = next.to;
    // A highlighted year outside the new range would only produce a notice: drop it.
    if (next.year !== null && (next.year < next.from || next.year > next.to)) next.year = null;
    // The index's base year must be in range; otherwise (and by default) it is chosen automatically.
    if (next.scale !== "index" || (next.base !== null && (next.base < next.from || next.base > next.to)))
      next.base = null;
    onChange(next);
  };

  return (
    <SettingsForm route="trade" embed={embed} busy={busy}>
      <fieldset>
        <legend>Reported by</legend>
        <div className="segmented">
          {TRADE_REPORTERS.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="reporter"
                value={r}
                checked={query.reporter === r}
                onChange={() => update({ reporter: r })}
              />
              {REPORTER_LABEL[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <YearRangeSelects from={query.from} to={query.to} domain={domain} onChange={(r) => update(r)} />
      <LazyYearRangeSlider label="Years" from={query.from} to={query.to} domain={domain} onChange={(r) => update(r)} />
      <fieldset>
        <legend>Measure</legend>
        <div className="segmented">
          {MEASURES.map(([m, label]) => (
            <label key={m}>
              <input
                type="radio"
                name="measure"
                value={m}
                checked={query.measure === m}
                onChange={() => update({ measure: m })}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        Scale
        <select name="scale" value={query.scale} onChange={(e) => update({ scale: e.target.value as TradeScale })}>
          {SCALES.map(([s, label]) => (
            <option key={s} value={s}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {query.scale === "index" && (
        <YearSelect
          label="Base year (= 100)"
          name="base"
          value={query.base}
          domain={{ from: query.from, to: query.to }}
          onChange={(base) => update({ base })}
          automatic="Automatic"
        />
      )}
      <EventsToggle on={query.events} onChange={(on) => update({ events: on })} />
      <NoScriptApply year={query.year} />
      <a
        className="button button--quiet"
        href={embed?.reset ?? "/trade"}
        onClick={(e) => {
          e.preventDefault();
          onChange({
            reporter: "japan",
            measure: "value",
            from: domains.japan.from,
            to: domains.japan.defaultTo ?? domains.japan.to,
            year: null,
            events: true,
            scale: "linear",
            base: null,
          });
        }}
      >
        Reset
      </a>
    </SettingsForm>
  );
}
