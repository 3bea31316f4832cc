import { type AudioContextLike, type Playback, playPlan } from "./audio-engine";
import { buildSoundPlan, type SoundPlan, type Speed, SPEEDS } from "./sonification";
import type { ChartAccessInput } from "./types";

/**
 * The sound of one chart: which series, which year, playing or not, at what speed. Plain TS with
 * the audio context and the clock injected, so the browser island and the unit tests drive the
 * same code. The context is created on the first play, i.e. inside a user gesture, as browsers
 * require; nothing here ever starts by itself.
 */
export type SoundStatus = "idle" | "playing" | "paused";
export type SoundSnapshot = { status: SoundStatus; series: number; step: number; speed: Speed };

export type SoundDeps = {
  createContext: () => AudioContextLike;
  /** Calls back after `ms`; returns a cancel function (setTimeout in the browser). */
  after: (ms: number, fn: () => void) => () => void;
  announce: (text: string) => void;
  onChange: (s: SoundSnapshot) => void;
};

export class SoundController {
  private ctx: AudioContextLike | null = null;
  private playback: Playback | null = null;
  private cancelEnd: (() => void) | null = null;
  private state: SoundSnapshot = { status: "idle", series: 0, step: 0, speed: "normal" };

  constructor(
    private readonly input: ChartAccessInput,
    private readonly deps: SoundDeps,
  ) {}

  get snapshot(): SoundSnapshot {
    return this.state;
  }

  private plan(): SoundPlan | null {
    const series = this.input.series[this.state.series];
    return series ? buildSoundPlan(series, this.state.speed) : null;
  }

  private context(): AudioContextLike {
    this.ctx ??= this.deps.createContext();
    return this.ctx;
  }

  private set(next: Partial<SoundSnapshot>) {
    this.state = { ...this.state, ...next };
    this.deps.onChange(this.state);
  }

  private halt() {
    this.playback?.stop();
    this.playback = null;
    this.cancelEnd?.();
    this.cancelEnd = null;
  }

  /**
   * Chooses the series the sound plays. `quiet` when the choice follows the reader's position in
   * the navigation tree, whose own announcement already names the series and must not be overwritten.
   */
  selectSeries(index: number, quiet = false) {
    const series = this.input.series[index];
    if (index === this.state.series || !series) return;
    this.halt();
    this.set({ series: index, step: 0, status: "idle" });
    if (!quiet) this.deps.announce(`Sound: ${series.label}.`);
  }

  /** Plays from the current step (the start, or where a pause left off) to the end. */
  play() {
    const plan = this.plan();
    if (!plan) return;
    this.halt();
    const from = this.state.step >= plan.steps.length ? 0 : this.state.step;
    const playback = playPlan(this.context(), plan, from);
    this.playback = playback;
    this.set({ status: "playing", step: from });
    this.deps.announce(from === 0 ? plan.intro : `Resuming at ${plan.steps[from]?.year}.`);
    this.cancelEnd = this.deps.after((playback.endsAt - this.context().currentTime) * 1000, () => {
      this.playback = null;
      this.cancelEnd = null;
      this.set({ status: "idle", step: 0 });
      this.deps.announce("End of the series.");
    });
  }

  pause() {
    if (this.state.status !== "playing" || !this.playback) return;
    const step = this.playback.stepAt();
    this.halt();
    const year = this.plan()?.steps[step]?.year;
    this.set({ status: "paused", step });
    this.deps.announce(year === undefined ? "Paused." : `Paused at ${year}.`);
  }

  togglePlay() {
    if (this.state.status === "playing") this.pause();
    else this.play();
  }

  /** Escape: silence now and go back to the start. */
  stop() {
    const wasSounding = this.state.status !== "idle";
    this.halt();
    this.set({ status: "idle", step: 0 });
    if (wasSounding) this.deps.announce("Sound stopped.");
  }

  setSpeed(speed: Speed) {
    if (speed === this.state.speed) return;
    const resume = this.state.status === "playing";
    if (resume) this.pause();
    this.set({ speed });
    this.deps.announce(`Speed ${speed}.`);
    if (resume) this.play();
  }

  shiftSpeed(by: -1 | 1) {
    const next = SPEEDS[SPEEDS.indexOf(this.state.speed) + by];
    if (next) this.setSpeed(next);
  }

  /** Step mode: sound one year (silence for a gap) and announce its year and value. */
  hearStep(step: number) {
    const plan = this.plan();
    const target = plan?.steps[step];
    if (!plan || !target) return;
    this.halt();
    this.playback = playPlan(this.context(), plan, step, step + 1);
    this.set({ status: "idle", step });
    this.deps.announce(target.text);
  }

  hearYear(series: number, year: number) {
    this.selectSeries(series, true);
    const step = this.input.series[series]?.points.findIndex((p) => p.year === year) ?? -1;
    if (step >= 0) this.hearStep(step);
  }

  dispose() {
    this.halt();
  }
}
