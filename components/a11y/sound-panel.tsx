import { useId, useState } from "react";
import { SPEEDS, type Speed } from "@/lib/a11y/sonification";
import type { SoundController, SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";

/**
 * The sound controls, loaded the first time the reader asks for sound: which series, play or
 * pause, stop, speed, and year-by-year steps. Every change is announced by the chart's live region.
 */
export default function SoundPanel({
  input,
  sound,
  snapshot,
}: {
  input: ChartAccessInput;
  sound: SoundController;
  snapshot: SoundSnapshot;
}) {
  const id = useId();
  // Before the first step the current step is the start: "Next year" then plays the first year.
  const [stepped, setStepped] = useState(false);
  const hear = (step: number) => {
    setStepped(true);
    sound.hearStep(step);
  };
  const series = input.series[snapshot.series];
  const year = series?.points[snapshot.step]?.year;
  const last = (series?.points.length ?? 1) - 1;
  return (
    <div className="chart-access__sound" role="group" aria-label="Sound">
      <label htmlFor={`${id}-series`}>Series</label>
      <select
        id={`${id}-series`}
        value={snapshot.series}
        onChange={(e) => sound.selectSeries(Number(e.currentTarget.value))}
      >
        {input.series.map((s, i) => (
          <option key={s.id} value={i}>
            {s.label}
          </option>
        ))}
      </select>
      <button type="button" className="chart-access__button" onClick={() => sound.togglePlay()}>
        {snapshot.status === "playing" ? "Pause" : snapshot.status === "paused" ? "Resume" : "Play"}
      </button>
      <button type="button" className="chart-access__button" onClick={() => sound.stop()}>
        Stop
      </button>
      <label htmlFor={`${id}-speed`}>Speed</label>
      <select
        id={`${id}-speed`}
        value={snapshot.speed}
        onChange={(e) => sound.setSpeed(e.currentTarget.value as Speed)}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <span className="chart-access__step" role="group" aria-label="Step by year">
        <button
          type="button"
          className="chart-access__button"
          disabled={snapshot.step <= 0}
          onClick={() => hear(snapshot.step - 1)}
        >
          Previous year
        </button>
        <button
          type="button"
          className="chart-access__button"
          disabled={stepped && snapshot.step >= last}
          onClick={() => hear(stepped ? snapshot.step + 1 : snapshot.step)}
        >
          Next year
        </button>
        <span className="chart-access__year">{year ?? ""}</span>
      </span>
    </div>
  );
}
