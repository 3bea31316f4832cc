import type { SoundPlan, Tone } from "./sonification";

/**
 * Schedules a sound plan on the Web Audio API: one oscillator and one gain envelope per tone,
 * no samples. Only the parts of AudioContext used here are typed, so the scheduler runs in unit
 * tests against a recording stub and in the browser against a real AudioContext.
 */
export type ParamLike = {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  cancelScheduledValues(time: number): unknown;
};
export type NodeLike = { connect(target: unknown): unknown; disconnect(): void };
export type OscillatorLike = NodeLike & {
  type: OscillatorType;
  frequency: ParamLike;
  start(when: number): void;
  stop(when: number): void;
};
export type GainLike = NodeLike & { gain: ParamLike };
export type AudioContextLike = {
  readonly currentTime: number;
  readonly destination: unknown;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
};

export type Playback = {
  /** Silences everything at once and cancels every tone not yet played. */
  stop(): void;
  /** The index of the step sounding now (or next), for pause and resume. */
  stepAt(): number;
  /** When the last step ends, in the context's time. */
  readonly endsAt: number;
};

/** Attack and release keep notes from clicking; short enough not to blur a 0.15 s step. */
const ATTACK = 0.01;
const RELEASE = 0.04;
/** A small lead so the first note is not scheduled in the past on a busy main thread. */
const LEAD = 0.05;

export function scheduleTone(ctx: AudioContextLike, tone: Tone, at: number): { osc: OscillatorLike; gain: GainLike } {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = tone.timbre;
  osc.frequency.setValueAtTime(tone.frequency, at);
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(tone.gain, at + ATTACK);
  gain.gain.setValueAtTime(tone.gain, at + tone.duration - RELEASE);
  gain.gain.linearRampToValueAtTime(0, at + tone.duration);
  osc.connect(gain);
  gain.connect(ctx.destination);
  osc.start(at);
  osc.stop(at + tone.duration);
  return { osc, gain };
}

/** Plays the plan's steps from `from` (inclusive) to `to` (exclusive, default: the end). */
export function playPlan(ctx: AudioContextLike, plan: SoundPlan, from = 0, to = plan.steps.length): Playback {
  const t0 = ctx.currentTime + LEAD;
  const base = plan.steps[from]?.offset ?? 0;
  const nodes: { osc: OscillatorLike; gain: GainLike }[] = [];
  for (const step of plan.steps.slice(from, to)) {
    if (step.tone) nodes.push(scheduleTone(ctx, step.tone, t0 + step.offset - base));
  }
  let stopped = false;
  return {
    endsAt: t0 + (to - from) * plan.stepSeconds,
    stepAt: () => Math.min(to, from + Math.max(0, Math.floor((ctx.currentTime - t0) / plan.stepSeconds))),
    stop() {
      if (stopped) return;
      stopped = true;
      const now = ctx.currentTime;
      for (const { osc, gain } of nodes) {
        gain.gain.cancelScheduledValues(now);
        gain.gain.setValueAtTime(0, now);
        try {
          osc.stop(now);
        } catch {
          // An oscillator that already ended may refuse a second stop; it is silent either way.
        }
        osc.disconnect();
        gain.disconnect();
      }
    },
  };
}
