import "server-only";
import { getEvents } from "@/lib/data/events";
import { ERAS } from "@/lib/transform/timeline";
import type { ViewServer } from "@/views/shared/view-server";
import { timelineView } from "./definition";
import { parseTimelineParams } from "./params";

export const timelineServer: ViewServer = {
  view: timelineView,
  async describe(raw) {
    const { era } = parseTimelineParams(raw);
    const label = ERAS.find((e) => e.id === era)?.label;
    return {
      title: `Timeline: Cambodia and Japan${label ? `, ${label}` : ""}`,
      showing: label ? `the ${label} era.` : "every era.",
      sources: [],
      dataset: null,
    };
  },
  async previewFigure(raw) {
    const { era } = parseTimelineParams(raw);
    const events = await getEvents();
    return {
      kind: "eras",
      eras: ERAS.map((e) => ({
        label: e.label,
        count: events.filter((ev) => ev.era === e.id).length,
        selected: era === null || era === e.id,
      })),
    };
  },
};
