"use client";

import { type EmbedFormTarget, SettingsForm } from "@/components/controls/settings-form";
import { EventsToggle, NoScriptApply, YearRangeSelects } from "@/components/controls/form-parts";
import type { AidQuery, YearSpan } from "@/views/aid/search";

/**
 * Year range and event markers. A plain GET form, so it works without JavaScript
 * (the Apply button); with JavaScript every change applies at once.
 */
export function AidControls({
  query,
  span,
  onChange: setQuery,
  busy,
  embed,
}: {
  query: AidQuery;
  span: YearSpan;
  onChange: (q: AidQuery) => void;
  busy: boolean;
  /** Inside an embed: where the form and the reset link go. */
  embed?: EmbedFormTarget;
}) {
  return (
    <SettingsForm route="aid" embed={embed} busy={busy}>
      <YearRangeSelects
        from={query.from}
        to={query.to}
        domain={{ from: span.first, to: span.last }}
        onChange={(r) => setQuery({ ...query, ...r, year: null })}
      />
      <EventsToggle on={query.events} onChange={(on) => setQuery({ ...query, events: on })} />
      <NoScriptApply year={query.year} />
      <a
        className="button button--quiet"
        href={embed?.reset ?? "/aid"}
        onClick={(e) => {
          e.preventDefault();
          setQuery({ from: span.first, to: span.last, year: null, events: true });
        }}
      >
        Reset
      </a>
    </SettingsForm>
  );
}
