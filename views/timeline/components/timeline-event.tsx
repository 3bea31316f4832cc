import { langText } from "@/components/lang-text";
import { IntentLink } from "@/components/intent-link";
import type { LinkedEvent } from "@/lib/data/events";

const PRECISION_NOTE = { year: "year only", month: "month only", day: null } as const;

// Lists here are static server markup, never reordered in the browser: index keys, since an
// id or URL as the key would be one more copy of it in the page's payload.
export function TimelineEventItem({ event, highlighted }: { event: LinkedEvent; highlighted: boolean }) {
  const precisionNote = PRECISION_NOTE[event.precision];
  return (
    <li
      id={event.id}
      className="timeline-event"
      data-highlighted={highlighted ? "true" : undefined}
      data-era={event.era}
    >
      <article aria-labelledby={`${event.id}-title`}>
        <p>
          <time className="timeline-date" dateTime={event.date}>
            {event.dateLabel}
          </time>
          {precisionNote ? (
            <span className="timeline-precision" title="The source gives no exact date">
              ({precisionNote})
            </span>
          ) : null}
          <a className="timeline-permalink" href={`#${event.id}`} aria-label={`Link to this event: ${event.title}`}>
            #
          </a>
        </p>
        <h3 id={`${event.id}-title`}>{event.title}</h3>
        <p>{event.description}</p>
        {event.dispute ? (
          <p className="timeline-dispute">
            <strong>Date disputed.</strong> {event.dispute.note}{" "}
            <a href={event.dispute.source.url} rel="noopener">
              {langText(event.dispute.source.title)}
            </a>
          </p>
        ) : null}
        {event.links.length > 0 ? (
          <ul className="timeline-links" aria-label="See in the dashboard">
            {event.links.map((l, i) => (
              <li key={i}>
                <IntentLink href={l.href}>{l.label} →</IntentLink>
              </li>
            ))}
          </ul>
        ) : null}
        <ul className="timeline-sources" aria-label="Sources">
          {event.sources.map((s, i) => (
            <li key={i}>
              Source:{" "}
              <a href={s.url} rel="noopener">
                {langText(s.title)}
              </a>
            </li>
          ))}
        </ul>
      </article>
    </li>
  );
}
