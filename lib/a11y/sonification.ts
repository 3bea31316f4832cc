import { announcePoint, formatValue } from "./announce";
import type { AccessSeries } from "./types";

/**
 * A series as sound: one step per year on the axis, left to right. Pitch rises with value on a
 * logarithmic frequency scale (equal value steps sound like equal musical intervals), so the
 * mapping is strictly monotone: a higher value is always a higher note. A year without data is
 * a silent step (a gap is heard as a pause, never bridged); an estimate is the same note, played
 * softer; below zero (a deficit on the balance) the note changes timbre.
 */
export type Speed = "slow" | "normal" | "fast";
export const SPEEDS: readonly Speed[] = ["slow", "normal", "fast"];
/** Seconds per year: slow enough at "slow" to follow year by year, fast enough at "fast" to hear 60 years in 9 s. */
export const STEP_SECONDS: Record<Speed, number> = { slow: 0.5, normal: 0.3, fast: 0.15 };

export const LOW_HZ = 220; // A3
export const HIGH_HZ = 880; // A5: two octaves, comfortable on laptop speakers and headphones
export const GAIN = 0.25;
export const ESTIMATE_GAIN = 0.1;

export type Timbre = "triangle" | "square";
export const POSITIVE_TIMBRE: Timbre = "triangle";
export const NEGATIVE_TIMBRE: Timbre = "square";

export type Tone = { frequency: number; gain: number; timbre: Timbre; duration: number };
export type SoundStep = { year: number; offset: number; tone: Tone | null; text: string };
export type SoundPlan = { seriesId: string; stepSeconds: number; steps: SoundStep[]; intro: string };

export function pitchFor(value: number, min: number, max: number): number {
  if (max === min) return Math.sqrt(LOW_HZ * HIGH_HZ);
  return LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, (value - min) / (max - min));
}

export function buildSoundPlan(series: AccessSeries, speed: Speed): SoundPlan {
  const stepSeconds = STEP_SECONDS[speed];
  const values = series.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const steps = series.points.map((p, i): SoundStep => {
    const text = announcePoint(p, series.unit);
    if (p.value === null) return { year: p.year, offset: i * stepSeconds, tone: null, text };
    const negative = series.kind === "signed" && p.value < 0;
    return {
      year: p.year,
      offset: i * stepSeconds,
      text: negative ? `${text}, below zero` : text,
      tone: {
        frequency: pitchFor(p.value, min, max),
        gain: p.estimate ? ESTIMATE_GAIN : GAIN,
        timbre: negative ? NEGATIVE_TIMBRE : POSITIVE_TIMBRE,
        // A little shorter than the step, so consecutive equal values are heard as separate notes.
        duration: stepSeconds * 0.8,
      },
    };
  });
  const firstYear = series.points[0]?.year;
  const lastYear = series.points[series.points.length - 1]?.year;
  const years = firstYear === undefined ? "" : `${firstYear} to ${lastYear}`;
  const range =
    values.length > 0
      ? ` Lowest note ${formatValue(min, series.unit)}, highest note ${formatValue(max, series.unit)}.`
      : " No data to play.";
  const notes = [
    series.points.some((p) => p.value === null) ? "silence is a year without data" : "",
    series.points.some((p) => p.value !== null && p.estimate) ? "a softer note is an estimate" : "",
    series.kind === "signed" && values.some((v) => v < 0) ? "a buzzing note is below zero" : "",
  ].filter(Boolean);
  const intro =
    `Playing ${series.label}, ${years}, ${speed} speed; higher pitch is a higher value.${range}` +
    (notes.length > 0 ? ` ${notes.join("; ")}.` : "");
  return { seriesId: series.id, stepSeconds, steps, intro };
}
