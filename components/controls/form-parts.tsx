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
