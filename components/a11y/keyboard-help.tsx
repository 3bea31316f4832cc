import { CHART_KEYS } from "@/lib/a11y/keys";

/** The "Keyboard and sound" popover body: every key the chart answers to, from the one list. */
export default function KeyboardHelp({ id, onClose }: { id: string; onClose: () => void }) {
  return (
    <div id={id} className="chart-access__help" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Keyboard and sound</h3>
      <p>
        Tab to the chart, then use these keys. Each step is read out; the sound plays one series, higher pitch for a
        higher value, silence for a year without data, a softer note for an estimate, a buzzing note below zero.
      </p>
      <dl className="chart-access__keys">
        {CHART_KEYS.map((k) => (
          <div key={k.names}>
            <dt>
              <kbd>{k.names}</kbd>
            </dt>
            <dd>{k.does}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="chart-access__button" onClick={onClose}>
        Close help
      </button>
    </div>
  );
}
