import { IntentLink } from "@/components/intent-link";
import type { KeyEvent } from "@/lib/schemas/events";

export type PreviewData = {
  tradeFrom: number;
  tradeTo: number;
  aidFrom: number;
  aidTo: number;
  eventCount: number;
  firstEventYear: number;
  lastEventYear: number;
  keyEvents: KeyEvent[];
};

/** One card per view, each saying what it shows and linking to it. */
export function ViewPreviews({ data }: { data: PreviewData }) {
  return (
    <ul className="cards overview-previews" aria-label="The views">
      <li className="card">
        <h3>
          <IntentLink href="/trade">
            Trade, {data.tradeFrom}–{data.tradeTo}
          </IntentLink>
        </h3>
        <p>
          Goods traded each year as Japan and Cambodia each report them (IMF DOTS), with the balance and press figures
          for recent years.
        </p>
      </li>
      <li className="card">
        <h3>
          <IntentLink href="/aid">
            Aid, {data.aidFrom}–{data.aidTo}
          </IntentLink>
        </h3>
        <p>
          Japan&apos;s net aid per year and its share of all DAC donors&apos; aid, the FY2006 breakdown, and every
          cumulative total set beside the data.
        </p>
      </li>
      <li className="card">
        <h3>
          <IntentLink href="/timeline">
            Timeline, {data.firstEventYear}–{data.lastEventYear}
          </IntentLink>
        </h3>
        <p>{data.eventCount} events in four eras, each with its source. Among them:</p>
        <ul className="overview-events">
          {data.keyEvents.slice(-3).map((e) => (
            <li key={e.id}>
              <IntentLink href={e.href}>
                {e.dateLabel}: {e.short}
              </IntentLink>
            </li>
          ))}
        </ul>
      </li>
      <li className="card">
        <h3>
          <IntentLink href="/map">Map of the 1941 cession</IntentLink>
        </h3>
        <p>
          The provinces Thailand annexed in 1941 under the settlement Japan brokered, the treaty line, and where
          accounts disagree.
        </p>
      </li>
    </ul>
  );
}
