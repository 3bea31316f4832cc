import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import type { AccessSeries } from "@/lib/a11y/types";

/** Japan-reported imports from Cambodia (the IMF DOTS Japan workbook), read straight from the CSV. */
export function japanReportedImports(from: number, to: number): AccessSeries {
  const rows = csvParse(readFileSync(new URL("../../data/trade_japan_cambodia.csv", import.meta.url), "utf8"));
  const byYear = new Map(
    rows
      .filter((r) => r.series === "imf_dots_japan_reported" && r.flow === "cambodia_to_japan")
      .map((r) => [Number(r.year), Number(r.value)]),
  );
  const points = [];
  for (let year = from; year <= to; year++) points.push({ year, value: byYear.get(year) ?? null, estimate: false });
  return { id: "cambodiaToJapan", label: "Cambodia → Japan as Japan reports it", unit: "USD million", points };
}

type Call = { method: string; args: unknown[] };

/** A recording stand-in for AudioContext: every oscillator and gain call is kept for the test to read. */
export class RecordingAudioContext {
  currentTime = 0;
  destination = { kind: "destination" };
  oscillators: { type: string; calls: Call[]; disconnected: boolean }[] = [];
  gains: { calls: Call[]; disconnected: boolean }[] = [];

  private param(calls: Call[], name: string) {
    const rec =
      (method: string) =>
      (...args: unknown[]) =>
        calls.push({ method: `${name}.${method}`, args });
    return {
      setValueAtTime: rec("setValueAtTime"),
      linearRampToValueAtTime: rec("linearRampToValueAtTime"),
      cancelScheduledValues: rec("cancelScheduledValues"),
    };
  }

  createOscillator() {
    const entry = { type: "sine", calls: [] as Call[], disconnected: false };
    this.oscillators.push(entry);
    return {
      get type() {
        return entry.type as OscillatorType;
      },
      set type(t: OscillatorType) {
        entry.type = t;
      },
      frequency: this.param(entry.calls, "frequency"),
      connect: (t: unknown) => t,
      disconnect: () => {
        entry.disconnected = true;
      },
      start: (when: number) => entry.calls.push({ method: "start", args: [when] }),
      stop: (when: number) => entry.calls.push({ method: "stop", args: [when] }),
    };
  }

  createGain() {
    const entry = { calls: [] as Call[], disconnected: false };
    this.gains.push(entry);
    return {
      gain: this.param(entry.calls, "gain"),
      connect: (t: unknown) => t,
      disconnect: () => {
        entry.disconnected = true;
      },
    };
  }

  /** The frequency each oscillator was set to and the time it starts, in scheduling order. */
  tones(): { frequency: number; start: number; type: string }[] {
    return this.oscillators.map((o) => ({
      frequency: o.calls.find((c) => c.method === "frequency.setValueAtTime")!.args[0] as number,
      start: o.calls.find((c) => c.method === "start")!.args[0] as number,
      type: o.type,
    }));
  }
}
