import { describe, expect, it } from "vitest";
import { CHART_KEYS, keyAction } from "@/lib/a11y/keys";
import { NAV_KEYS } from "@/lib/a11y/navigation";
import { STEP_SECONDS } from "@/lib/a11y/sonification";
import { SoundController, type SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";
import { japanReportedImports, RecordingAudioContext } from "./a11y-fixtures";

function setup() {
  const input: ChartAccessInput = { id: "trade", label: "Trade", series: [japanReportedImports(2000, 2009)] };
  const ctx = new RecordingAudioContext();
  const said: string[] = [];
  const timers: { ms: number; fn: () => void; cancelled: boolean }[] = [];
  let created = 0;
  let last: SoundSnapshot | null = null;
  const sound = new SoundController(input, {
    createContext: () => {
      created++;
      return ctx;
    },
    after: (ms, fn) => {
      const t = { ms, fn, cancelled: false };
      timers.push(t);
      return () => {
        t.cancelled = true;
      };
    },
    announce: (t) => said.push(t),
    onChange: (s) => (last = s),
  });
  return { input, ctx, said, timers, sound, created: () => created, last: () => last };
}

describe("sound controller", () => {
  it("creates no audio context and schedules nothing until asked to play", () => {
    const t = setup();
    expect(t.created()).toBe(0);
    t.sound.togglePlay();
    expect(t.created()).toBe(1);
    expect(t.ctx.tones()).toHaveLength(10);
    expect(t.said[0]).toMatch(/^Playing Cambodia → Japan as Japan reports it, 2000 to 2009, normal speed/);
  });

  it("Escape's stop silences every tone, cancels the end timer and announces it", () => {
    const t = setup();
    t.sound.play();
    t.ctx.currentTime = 0.5;
    t.sound.stop();
    expect(t.ctx.oscillators.every((o) => o.disconnected)).toBe(true);
    expect(t.timers[0]!.cancelled).toBe(true);
    expect(t.last()?.status).toBe("idle");
    expect(t.said.at(-1)).toBe("Sound stopped.");
  });

  it("pause remembers the year and play resumes from there with only the remaining tones", () => {
    const t = setup();
    t.sound.play();
    t.ctx.currentTime = 0.05 + 3.5 * STEP_SECONDS.normal; // during the fourth year
    t.sound.togglePlay();
    expect(t.last()).toMatchObject({ status: "paused", step: 3 });
    expect(t.said.at(-1)).toBe("Paused at 2003.");
    const before = t.ctx.oscillators.length;
    t.sound.togglePlay();
    expect(t.ctx.oscillators.length - before).toBe(7);
    expect(t.said.at(-1)).toBe("Resuming at 2003.");
  });

  it("step mode sounds one year and announces its year and value", () => {
    const t = setup();
    t.sound.hearYear(0, 2004);
    expect(t.ctx.tones()).toHaveLength(1);
    const p = t.input.series[0]!.points.find((x) => x.year === 2004)!;
    expect(t.said.at(-1)).toBe(`2004: USD ${p.value} million`);
  });

  it("speed steps between slow, normal and fast and stops at the ends", () => {
    const t = setup();
    t.sound.shiftSpeed(1);
    expect(t.sound.snapshot.speed).toBe("fast");
    t.sound.shiftSpeed(1);
    expect(t.sound.snapshot.speed).toBe("fast");
    t.sound.shiftSpeed(-1);
    t.sound.shiftSpeed(-1);
    expect(t.sound.snapshot.speed).toBe("slow");
    expect(t.said.at(-1)).toBe("Speed slow.");
  });

  it("announces the end of the series when the last note has played", () => {
    const t = setup();
    t.sound.play();
    expect(t.timers[0]!.ms).toBeCloseTo((0.05 + 10 * STEP_SECONDS.normal) * 1000, 6);
    t.timers[0]!.fn();
    expect(t.said.at(-1)).toBe("End of the series.");
    expect(t.last()?.status).toBe("idle");
  });
});

describe("chart keys", () => {
  it("every navigation key of the tree is listed in the help, and every listed key has an action", () => {
    const listed = CHART_KEYS.flatMap((k) => k.keys);
    for (const k of NAV_KEYS) expect(listed).toContain(k);
    for (const k of listed) expect(keyAction(k, { ctrl: false, alt: false, meta: false })).not.toBeNull();
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("leaves modified keys and unlisted keys to the browser", () => {
    expect(keyAction("p", { ctrl: true, alt: false, meta: false })).toBeNull();
    expect(keyAction("Tab", { ctrl: false, alt: false, meta: false })).toBeNull();
    expect(keyAction("Escape", { ctrl: false, alt: false, meta: false })).toEqual({ kind: "stop" });
  });
});
