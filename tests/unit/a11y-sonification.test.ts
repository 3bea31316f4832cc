import { describe, expect, it } from "vitest";
import { playPlan } from "@/lib/a11y/audio-engine";
import {
  buildSoundPlan,
  ESTIMATE_GAIN,
  GAIN,
  HIGH_HZ,
  LOW_HZ,
  NEGATIVE_TIMBRE,
  POSITIVE_TIMBRE,
  STEP_SECONDS,
} from "@/lib/a11y/sonification";
import type { AccessSeries } from "@/lib/a11y/types";
import { japanReportedImports, RecordingAudioContext } from "./a11y-fixtures";

const rank = (xs: number[]) => xs.map((x) => xs.filter((y) => y < x).length);

describe("sound plan and Web Audio scheduling", () => {
  const imports = japanReportedImports(2000, 2009);

  it("plays Japan-reported imports 2000–2009 as ten tones whose pitch order matches the value order", () => {
    const values = imports.points.map((p) => p.value as number);
    expect(values.every((v) => Number.isFinite(v))).toBe(true);
    const ctx = new RecordingAudioContext();
    playPlan(ctx, buildSoundPlan(imports, "normal"));
    const tones = ctx.tones();
    expect(tones).toHaveLength(10);
    expect(rank(tones.map((t) => t.frequency))).toEqual(rank(values));
    // Left to right in time, one step apart.
    const starts = tones.map((t) => t.start);
    starts.slice(1).forEach((s, i) => expect(s - starts[i]!).toBeCloseTo(STEP_SECONDS.normal, 9));
    // The lowest value is the lowest note of the range, the highest the highest.
    expect(Math.min(...tones.map((t) => t.frequency))).toBeCloseTo(LOW_HZ, 9);
    expect(Math.max(...tones.map((t) => t.frequency))).toBeCloseTo(HIGH_HZ, 9);
  });

  it("schedules no tone in a gap year and keeps its time slot silent", () => {
    const gapYear = 2005;
    const withGap: AccessSeries = {
      ...imports,
      points: imports.points.map((p) => (p.year === gapYear ? { ...p, value: null } : p)),
    };
    const plan = buildSoundPlan(withGap, "normal");
    const ctx = new RecordingAudioContext();
    playPlan(ctx, plan);
    const tones = ctx.tones();
    expect(tones).toHaveLength(9);
    const gapIndex = withGap.points.findIndex((p) => p.year === gapYear);
    const slot = tones[0]!.start + gapIndex * plan.stepSeconds;
    expect(tones.some((t) => Math.abs(t.start - slot) < 1e-9)).toBe(false);
    expect(plan.steps[gapIndex]!.text).toBe(`${gapYear}: no data`);
    expect(plan.intro).toContain("silence is a year without data");
  });

  it("stop cancels every tone not yet played and disconnects every node", () => {
    const ctx = new RecordingAudioContext();
    const playback = playPlan(ctx, buildSoundPlan(imports, "slow"));
    ctx.currentTime = 1.2; // part-way through
    expect(playback.stepAt()).toBe(Math.floor((1.2 - 0.05) / STEP_SECONDS.slow));
    playback.stop();
    for (const o of ctx.oscillators) {
      const stops = o.calls.filter((c) => c.method === "stop").map((c) => c.args[0] as number);
      expect(stops[stops.length - 1]).toBe(1.2);
      expect(o.disconnected).toBe(true);
    }
    for (const g of ctx.gains) {
      expect(g.calls).toContainEqual({ method: "gain.cancelScheduledValues", args: [1.2] });
      expect(g.disconnected).toBe(true);
    }
  });

  it("resumes from a step: only the remaining years are scheduled", () => {
    const ctx = new RecordingAudioContext();
    playPlan(ctx, buildSoundPlan(imports, "fast"), 7);
    expect(ctx.tones()).toHaveLength(3);
  });

  it("plays an estimate softer, with the announcement saying so", () => {
    const est: AccessSeries = { ...imports, points: imports.points.map((p, i) => ({ ...p, estimate: i === 3 })) };
    const plan = buildSoundPlan(est, "normal");
    expect(plan.steps[3]!.tone?.gain).toBe(ESTIMATE_GAIN);
    expect(plan.steps[2]!.tone?.gain).toBe(GAIN);
    expect(ESTIMATE_GAIN).toBeLessThan(GAIN);
    expect(plan.steps[3]!.text).toMatch(/, estimate$/);
    expect(plan.intro).toContain("softer note is an estimate");
  });

  it("gives negative values of a signed series a distinct timbre, positive values the usual one", () => {
    const balance: AccessSeries = {
      id: "balance",
      label: "Balance (derived)",
      unit: "USD million",
      kind: "signed",
      points: imports.points.map((p, i) => ({ ...p, value: (p.value as number) * (i % 2 === 0 ? 1 : -1) })),
    };
    const ctx = new RecordingAudioContext();
    playPlan(ctx, buildSoundPlan(balance, "normal"));
    const types = ctx.tones().map((t) => t.type);
    balance.points.forEach((p, i) =>
      expect(types[i]).toBe((p.value as number) < 0 ? NEGATIVE_TIMBRE : POSITIVE_TIMBRE),
    );
    expect(NEGATIVE_TIMBRE).not.toBe(POSITIVE_TIMBRE);
    // Pitch is still monotone in value across zero.
    expect(rank(ctx.tones().map((t) => t.frequency))).toEqual(rank(balance.points.map((p) => p.value as number)));
  });

  it("speed changes the spacing of the steps, not the notes", () => {
    const slow = buildSoundPlan(imports, "slow");
    const fast = buildSoundPlan(imports, "fast");
    expect(slow.steps.map((s) => s.tone?.frequency)).toEqual(fast.steps.map((s) => s.tone?.frequency));
    expect(slow.steps[9]!.offset).toBeCloseTo(9 * STEP_SECONDS.slow, 9);
    expect(fast.steps[9]!.offset).toBeCloseTo(9 * STEP_SECONDS.fast, 9);
    expect(STEP_SECONDS.slow).toBeGreaterThan(STEP_SECONDS.fast);
  });

  it("announces each step with the year and the value in its unit, as the data has it", () => {
    const plan = buildSoundPlan(imports, "normal");
    const first = imports.points[0]!;
    expect(plan.steps[0]!.text).toBe(`${first.year}: USD ${String(first.value)} million`);
    expect(plan.intro).toContain(imports.label);
  });
});
