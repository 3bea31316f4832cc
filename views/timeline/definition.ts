import { truncate } from "@/lib/url/search-params";
import { defineView } from "@/views/shared/view-definition";
import { buildTimelineSearch, parseTimelineParams } from "./params";

/** The timeline (/timeline): see views/shared/view-definition.ts for what each field is for. */
export const timelineView = defineView({
  route: "timeline",
  label: "Timeline",
  description:
    "Cambodia and Japan from the first merchant ship in 1569 to the comprehensive strategic partnership of 2023, each event with its source.",
  canonical(raw, ctx) {
    const { era, event, order, issues } = parseTimelineParams(raw);
    const known = event !== null && ctx.eventIds.includes(event);
    if (event !== null && !known)
      issues.push({ param: "event", message: `No event has the id “${truncate(event)}”; nothing is highlighted.` });
    return { search: buildTimelineSearch({ era, event: known ? event : null, order }), issues };
  },
  interactiveChart: false,
  sharedLink: "?era=cold-war",
  examples: ["?order=newest"],
  embed: null,
});
