import { IntentLink } from "@/components/intent-link";
import { type TimelineOrder, buildTimelineUrl } from "@/views/timeline/params";
import { ERAS, type EraId } from "@/lib/transform/timeline";

/** Plain links, so filtering works without JavaScript and every filter has its own URL; each keeps the order shown. */
export function EraFilter({
  current,
  counts,
  order,
}: {
  current: EraId | null;
  counts: Record<EraId, number>;
  order: TimelineOrder;
}) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <nav aria-label="Filter by era">
      <ul className="era-filter">
        <li>
          <IntentLink href={buildTimelineUrl(null, order)} aria-current={current === null ? "page" : undefined}>
            All eras ({total})
          </IntentLink>
        </li>
        {ERAS.map((e) => (
          <li key={e.id}>
            <IntentLink href={buildTimelineUrl(e.id, order)} aria-current={current === e.id ? "page" : undefined}>
              {e.label} ({counts[e.id]})
            </IntentLink>
          </li>
        ))}
      </ul>
      <p className="era-order">
        Order:{" "}
        <IntentLink href={buildTimelineUrl(current, "oldest")} aria-current={order === "oldest" ? "page" : undefined}>
          oldest first
        </IntentLink>{" "}
        ·{" "}
        <IntentLink href={buildTimelineUrl(current, "newest")} aria-current={order === "newest" ? "page" : undefined}>
          newest first
        </IntentLink>
      </p>
    </nav>
  );
}
