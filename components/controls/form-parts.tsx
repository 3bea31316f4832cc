/** Small pieces shared by the chart settings forms (/trade, /aid). No hooks: usable on both sides. */

/** Show/hide the key-event markers; a plain radio pair so it also works in the no-JS GET form. */
export function EventsToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <fieldset>
      <legend>Key events</legend>
      <div className="segmented">
        <label>
          <input type="radio" name="events" value="on" checked={on} onChange={() => onChange(true)} /> Show
        </label>
        <label>
          <input type="radio" name="events" value="off" checked={!on} onChange={() => onChange(false)} /> Hide
        </label>
      </div>
    </fieldset>
  );
}

/**
 * The submit button for readers without JavaScript (with it, every change applies at
 * once). Inside <noscript>, so it never appears and then vanishes: no layout shift.
 * A highlighted year is carried along so that applying a range keeps it.
 */
export function NoScriptApply({ year }: { year: number | null }) {
  return (
    <>
      {year !== null && <input type="hidden" name="year" value={year} />}
      <noscript>
        <button type="submit" className="button">
          Apply
        </button>
      </noscript>
    </>
  );
}

const yearsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * A year select of the settings forms. `automatic`: the label of an empty first option (value
 * null: the view chooses the year itself).
 */
export function YearSelect({
  label,
  name,
  value,
  domain,
  onChange,
  automatic,
}: {
  label: string;
  name: string;
  value: number | null;
  domain: { from: number; to: number };
  onChange: (year: number | null) => void;
  automatic?: string;
}) {
  return (
    <label className="field">
      {label}
      <select
        name={name}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
      >
        {automatic !== undefined && <option value="">{automatic}</option>}
        {yearsOf(domain.from, domain.to).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The From and To year selects of a range: moving one past the other takes the other along. */
export function YearRangeSelects({
  from,
  to,
  domain,
  onChange,
}: {
  from: number;
  to: number;
  domain: { from: number; to: number };
  onChange: (range: { from: number; to: number }) => void;
}) {
  return (
    <>
      <YearSelect
        label="From year"
        name="from"
        value={from}
        domain={domain}
        onChange={(y) => onChange({ from: y ?? from, to: Math.max(y ?? from, to) })}
      />
      <YearSelect
        label="To year"
        name="to"
        value={to}
        domain={domain}
        onChange={(y) => onChange({ from: Math.min(from, y ?? to), to: y ?? to })}
      />
    </>
  );
}
