import { z } from "zod";
import { ERAS, ERA_IDS, type EraId } from "@/lib/transform/timeline";

import { type ParamIssue, type RawSearchParams, readSingle, truncate, unknownParams } from "@/lib/url/search-params";

export type TimelineParams = { era: EraId | null; event: string | null; issues: ParamIssue[] };

const eraSchema = z.enum(ERA_IDS);
const eventSchema = z.string().regex(/^[a-z0-9-]{4,120}$/);

/**
 * Each param is validated on its own: one bad value falls back to its default with a
 * notice, and the rest of the view still follows the URL.
 */
export function parseTimelineParams(raw: RawSearchParams): TimelineParams {
  const issues = unknownParams(raw, ["era", "event"]);
  let era: EraId | null = null;
  let event: string | null = null;
  const rawEra = readSingle(raw, "era", issues);
  if (rawEra !== undefined && rawEra !== "all") {
    const r = eraSchema.safeParse(rawEra);
    if (r.success) era = r.data;
    else
      issues.push({
        param: "era",
        message: `Unknown era “${truncate(rawEra)}”: showing all eras. Valid eras: ${ERAS.map((e) => e.id).join(", ")}.`,
      });
  }
  const rawEvent = readSingle(raw, "event", issues);
  if (rawEvent !== undefined) {
    const r = eventSchema.safeParse(rawEvent);
    if (r.success) event = r.data;
    else
      issues.push({ param: "event", message: `“${truncate(rawEvent)}” is not an event id; no event is highlighted.` });
  }
  return { era, event, issues };
}

export function buildTimelineUrl(era: EraId | null): string {
  return era ? `/timeline?era=${era}` : "/timeline";
}

/** The canonical search string of a timeline view (era and a highlighted event that exists). */
export function buildTimelineSearch(params: { era: EraId | null; event: string | null }): string {
  const q = new URLSearchParams();
  if (params.era) q.set("era", params.era);
  if (params.event) q.set("event", params.event);
  const s = q.toString();
  return s ? `?${s}` : "";
}
