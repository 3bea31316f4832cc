import { Suspense } from "react";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import { getViewContext, noticeContext, readViewParams } from "@/views/shared/view-context";
import { ViewFoot } from "@/components/view-foot";
import { getViewSeo } from "@/views/shared/view-seo";
import { EraFilter } from "@/views/timeline/components/era-filter";
import { TimelineList } from "@/views/timeline/components/timeline-list";
import { getEvents } from "@/lib/data/events";
import { ERAS, type EraId } from "@/lib/transform/timeline";
import { parseTimelineParams } from "@/views/timeline/params";
import { timelineServer } from "./server";

export async function TimelinePage({ params: view }: { params: Promise<{ view: string }> }) {
  const params = parseTimelineParams(await readViewParams("timeline", view));
  const events = await getEvents();
  const counts = Object.fromEntries(ERAS.map((e) => [e.id, events.filter((ev) => ev.era === e.id).length])) as Record<
    EraId,
    number
  >;
  const shown = params.era ? counts[params.era] : events.length;
  const first = events[0];
  const last = events[events.length - 1];
  const highlighted = params.event ? events.find((e) => e.id === params.event) : undefined;

  return (
    <>
      <h1>
        Timeline: Cambodia and Japan, {first?.year}–{last?.year}
      </h1>
      <p className="lede">
        {events.length} events in four eras, from the first Cambodian merchant ship to reach Japan to today&apos;s
        partnership. Dates keep the precision of their source: where a source gives only a year or a month, so do we.
      </p>
      <Suspense fallback={null}>
        <ParamNoticeIsland
          route="timeline"
          ctx={noticeContext("timeline", await getViewContext())}
          defaultsText="Showing the whole timeline for those settings."
        />
      </Suspense>
      <EraFilter current={params.era} counts={counts} order={params.order} />
      <p className="muted" role="status" aria-live="polite">
        Showing {shown} of {events.length} events
        {params.era ? ` (${ERAS.find((e) => e.id === params.era)?.label})` : ""}.
      </p>
      <TimelineList events={events} era={params.era} highlight={highlighted?.id ?? null} order={params.order} />
      <p className="muted">
        Summaries are our own, written from the sources cited on each event. The English and Japanese Wikipedia articles
        quoted are CC BY-SA.
      </p>
      <ViewFoot seo={await getViewSeo(timelineServer, (await view).view)} />
    </>
  );
}
