import { z } from "zod";
import { ERAS, ERA_IDS, type EraId } from "@/lib/transform/timeline";

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type TimelineParams = { era: EraId | null; event: string | null; notices: string[] };

const eraSchema = z.enum(ERA_IDS);
const eventSchema = z.string().regex(/^[a-z0-9-]{4,120}$/);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Each param is validated on its own: one bad value falls back to its default with a
 * notice, and the rest of the view still follows the URL.
 */
export function parseTimelineParams(raw: RawSearchParams): TimelineParams {
  const notices: string[] = [];
  let era: EraId | null = null;
  let event: string | null = null;
  const rawEra = single(raw.era);
  if (rawEra !== undefined && rawEra !== "" && rawEra !== "all") {
    const r = eraSchema.safeParse(rawEra);
    if (r.success) era = r.data;
    else notices.push(`Unknown era “${rawEra}”: showing all eras. Valid eras: ${ERAS.map((e) => e.id).join(", ")}.`);
  }
  const rawEvent = single(raw.event);
  if (rawEvent !== undefined && rawEvent !== "") {
    const r = eventSchema.safeParse(rawEvent);
    if (r.success) event = r.data;
    else notices.push("The event in the address is not a valid event id; no event is highlighted.");
  }
  return { era, event, notices };
}

export function buildTimelineUrl(era: EraId | null): string {
  return era ? `/timeline?era=${era}` : "/timeline";
}
