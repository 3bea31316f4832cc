import type { AidView, YearSpan } from "@/lib/url/aid-params";

/** A plain GET form: the URL holds the view, and it works without JavaScript. */
export function AidControls({ view, span }: { view: AidView; span: YearSpan }) {
  const years: number[] = [];
  for (let y = span.first; y <= span.last; y++) years.push(y);
  return (
    <form method="get" action="/aid" className="controls" aria-label="Chart settings">
      <label className="field">
        From
        <select name="from" defaultValue={view.from}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        To
        <select name="to" defaultValue={view.to}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Key events on the chart</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="events" value="on" defaultChecked={view.events} /> Show
          </label>
          <label>
            <input type="radio" name="events" value="off" defaultChecked={!view.events} /> Hide
          </label>
        </div>
      </fieldset>
      {view.year !== null ? <input type="hidden" name="year" value={view.year} /> : null}
      <button type="submit" className="button">
        Apply
      </button>
    </form>
  );
}
