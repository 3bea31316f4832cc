import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";

const read = (file: string) => readFileSync(path.join("data", file), "utf8");

describe("data/SOURCES-research.md", () => {
  it("states the number of events and the span of years that events.csv holds", () => {
    const events = DATASETS.events.parse(read("events.csv"));
    const years = events.map((e) => Number(String(e.date).slice(0, 4)));
    const line = read("SOURCES-research.md")
      .split("\n")
      .find((l) => l.startsWith("| `events.csv` |"));
    expect(line).toBeDefined();
    expect(line).toContain(`(${events.length} events)`);
    expect(line).toContain(`${Math.min(...years)}–${Math.max(...years)}`);
  });
});
