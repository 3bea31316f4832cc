import { z } from "zod";
import { ERAS, ERA_IDS, type EraId } from "@/lib/transform/timeline";

import { readParam } from "@/lib/url/read-param";
import { type ParamIssue, type RawSearchParams, truncate, unknownParams } from "@/lib/url/search-params";

export type TimelineParams = { era: EraId | null; event: string | null; issues: ParamIssue[] };

const ALL_ERAS = `showing all eras. Valid eras: ${ERAS.map((e) => e.id).join(", ")}.`;

/** The timeline's parameters: key → schema, with its default (all eras, no event) and its notice. */
const timelineSchema = {
  era: z
    .string()
    .pipe(z.enum(["all", ...ERA_IDS], { error: (iss) => `Unknown era “${truncate(String(iss.input))}”: ${ALL_ERAS}` }))
    .transform((era) => (era === "all" ? null : era))
    .default(null),
  event: z
    .string()
    .regex(/^[a-z0-9-]{4,120}$/, {
      error: (iss) => `“${truncate(String(iss.input))}” is not an event id; no event is highlighted.`,
    })
    .nullable()
    .default(null),
};

/**
 * Each param is validated on its own: one bad value falls back to its default with a
 * notice, and the rest of the view still follows the URL.
 */
export function parseTimelineParams(raw: RawSearchParams): TimelineParams {
  const issues = unknownParams(raw, Object.keys(timelineSchema));
  const era = readParam(raw, timelineSchema, "era", issues);
  const event = readParam(raw, timelineSchema, "event", issues);
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
