import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import { DATE_DISPUTES, EVENT_LINKS, KEY_EVENTS } from "@/lib/transform/event-links";
import { buildTimelineEvents } from "@/lib/transform/timeline";
import { buildIndicatorPanels, buildIsPartial } from "@/views/overview/model/indicator-panels";

const events = buildTimelineEvents(DATASETS.events.parse(readFileSync(path.join("data", "events.csv"), "utf8")));
const ids = new Set(events.map((e) => e.id));

describe("event cross-links", () => {
  it("every event id is unique", () => {
    expect(ids.size).toBe(events.length);
  });
  it("every linked, disputed or key event exists in events.csv", () => {
    for (const id of [...Object.keys(EVENT_LINKS), ...Object.keys(DATE_DISPUTES), ...KEY_EVENTS.map((k) => k.id)]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe("indicator panels", () => {
  const rows = DATASETS.indicators.parse(readFileSync(path.join("data", "other_indicators.csv"), "utf8"));
  const panels = buildIndicatorPanels(rows);
  it("marks part-year figures", () => {
    expect(buildIsPartial("2024-01 to 2024-06")).toBe(true);
    expect(buildIsPartial("2023-10-01")).toBe(false);
    expect(buildIsPartial("1994 to 2019-Q1")).toBe(false);
  });
  it("flags conflicting values and never joins across a missing or disputed year", () => {
    for (const p of panels) {
      for (const seg of p.segments) {
        seg.forEach((pt, i) => {
          expect(pt.conflict || pt.partial).toBe(false);
          if (i > 0) expect(pt.year - (seg[i - 1]?.year ?? 0)).toBe(1);
        });
      }
    }
    const residents = panels.find((p) => p.id === "japanese_residents_in_cambodia");
    expect(residents?.points.filter((p) => p.year === 2023 && p.conflict)).toHaveLength(2);
  });
});
