import { describe, expect, it } from "vitest";
import {
  buildEraId,
  buildEventDateLabel,
  buildEventId,
  buildTimelineEvents,
  buildTimelineGroups,
  type EventInput,
} from "@/lib/transform/timeline";
import { buildEventMarkers } from "@/lib/transform/event-links";
import { type KeyEvent } from "@/lib/schemas/events";

const ev = (date: string, precision: EventInput["precision"], title: string): EventInput => ({
  date,
  precision,
  year: Number(date.slice(0, 4)),
  title,
  description: "d",
  sources: [{ title: "s", url: "https://x" }],
});

describe("buildEventDateLabel", () => {
  it("never turns a year-only date into 1 January", () => {
    expect(buildEventDateLabel("1569", "year")).toBe("1569");
    expect(buildEventDateLabel("1569", "year")).not.toMatch(/January|1 /);
  });
  it("shows a month-only date without a day", () => {
    expect(buildEventDateLabel("1941-03", "month")).toBe("March 1941");
  });
  it("shows a full date with the day, without time-zone shifts", () => {
    expect(buildEventDateLabel("1945-03-09", "day")).toBe("9 March 1945");
    expect(buildEventDateLabel("2022-01-01", "day")).toBe("1 January 2022");
  });
});

describe("eras and order", () => {
  it("puts events into the four eras by year", () => {
    expect(buildEraId(1569)).toBe("early-contact");
    expect(buildEraId(1941)).toBe("colonial-war");
    expect(buildEraId(1953)).toBe("colonial-war");
    expect(buildEraId(1954)).toBe("cold-war");
    expect(buildEraId(1991)).toBe("cold-war");
    expect(buildEraId(1992)).toBe("reconstruction");
  });
  const events = buildTimelineEvents([
    ev("1992", "year", "Embassy reopens"),
    ev("1569", "year", "Ship reaches Kyushu"),
    ev("1955-12", "month", "Treaty of Amity"),
    ev("1955", "year", "Order conferred"),
  ]);
  it("sorts by year and keeps the file order within a year", () => {
    expect(events.map((e) => e.title)).toEqual([
      "Ship reaches Kyushu",
      "Treaty of Amity",
      "Order conferred",
      "Embassy reopens",
    ]);
  });
  it("groups by era and filters to one era", () => {
    expect(buildTimelineGroups(events).map((g) => [g.id, g.events.length])).toEqual([
      ["early-contact", 1],
      ["cold-war", 2],
      ["reconstruction", 1],
    ]);
    expect(buildTimelineGroups(events, "cold-war").map((g) => g.id)).toEqual(["cold-war"]);
  });
  it("builds readable, unique anchor ids", () => {
    expect(buildEventId("1941-03", "Tokyo treaty cedes western Cambodia to Thailand")).toBe(
      "1941-03-tokyo-treaty-cedes-western-cambodia",
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe("buildEventMarkers", () => {
  const k = (year: number, id: string): KeyEvent => ({
    id,
    year,
    short: id,
    title: id,
    dateLabel: `${year}`,
    href: `/timeline#${id}`,
  });
  it("keeps the events inside the chart's range, in order", () => {
    expect(buildEventMarkers([k(2013, "b"), k(1970, "a"), k(2022, "c")], 1990, 2020).map((e) => e.id)).toEqual(["b"]);
  });
});
