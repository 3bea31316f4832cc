import { describe, expect, it } from "vitest";
import { getRegionInput } from "@/lib/data/region";
import { buildRegionExportFigure } from "@/views/region/export";
import { buildRegionPayload } from "@/views/region/model/region-api";
import { buildRegionSpans } from "@/lib/transform/region-series";
import { parseRegionParams } from "@/views/region/params";

/** The export's note on partial shares names the view's own years with fewer than five partners, read from data/. */
async function shareNote(params: Record<string, string>): Promise<string> {
  const input = await getRegionInput();
  const spans = buildRegionSpans(input);
  const { query } = parseRegionParams(params, spans);
  const data = buildRegionPayload(input, query);
  const figure = buildRegionExportFigure({ data, query, spans, origin: "https://example.org" });
  const note = figure.notes.find((n) => n.startsWith("Cambodia's rank and share"));
  expect(note).toBeDefined();
  // The years named are exactly those the standing reports with fewer than five figures.
  const partial = data.standing.filter((s) => s.value !== null && s.reported < 5).map((s) => s.year);
  return `${note} [${partial.join(",")}]`;
}

describe("region export notes", () => {
  it("names the years with fewer than five partners in the view's range, as the data give them", async () => {
    const note = await shareNote({ measure: "imports", from: "1960", to: "1980" });
    const years = note
      .match(/\[([\d,]*)\]$/)![1]!
      .split(",")
      .map(Number);
    expect(years.length).toBeGreaterThan(0);
    expect(note).toContain(`(${years[0]}–${years[years.length - 1]} in this view)`);
  });

  it("says nothing of partial shares where all five have a figure every year", async () => {
    const note = await shareNote({ measure: "imports", from: "1995", to: "2000" });
    expect(note).toMatch(/\[\]$/);
    expect(note).not.toContain("fewer than five");
  });
});
