import { z } from "zod";
import { ERAS, ERA_IDS, type EraId } from "@/lib/transform/timeline";

import { readParam } from "@/lib/url/read-param";
import { type ParamIssue, type RawSearchParams, truncate, unknownParams } from "@/lib/url/search-params";

/** The order the events are listed in: oldest first (the default) or newest first. */
const TIMELINE_ORDERS = ["oldest", "newest"] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

export type TimelineParams = { era: EraId | null; event: string | null; order: TimelineOrder; issues: ParamIssue[] };

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
  order: z
    .enum(TIMELINE_ORDERS, {
      error: (iss) => `Unknown order “${truncate(String(iss.input))}”: use oldest or newest. Showing the oldest first.`,
    })
    .default("oldest"),
};

/**
 * Each param is validated on its own: one bad value falls back to its default with a
 * notice, and the rest of the view still follows the URL.
 */
export function parseTimelineParams(raw: RawSearchParams): TimelineParams {
  const issues = unknownParams(raw, Object.keys(timelineSchema));
  const era = readParam(raw, timelineSchema, "era", issues);
  const event = readParam(raw, timelineSchema, "event", issues);
  const order = readParam(raw, timelineSchema, "order", issues);
  return { era, event, order, issues };
}

/** A link to the timeline with these settings (no event highlighted), defaults left out. */
export function buildTimelineUrl(era: EraId | null, order: TimelineOrder = "oldest"): string {
  return `/timeline${buildTimelineSearch({ era, event: null, order })}`;
}

/** The canonical search string of a timeline view (era, a highlighted event that exists, the order). */
export function buildTimelineSearch(params: { era: EraId | null; event: string | null; order: TimelineOrder }): string {
  const q = new URLSearchParams();
  if (params.era) q.set("era", params.era);
  if (params.event) q.set("event", params.event);
  if (params.order !== "oldest") q.set("order", params.order);
  const s = q.toString();
  return s ? `?${s}` : "";
}
