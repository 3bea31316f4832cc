import { IntentLink } from "@/components/intent-link";
import { buildTimelineUrl } from "@/views/timeline/params";
import { ERAS, type EraId } from "@/lib/transform/timeline";

/** Plain links, so filtering works without JavaScript and every filter has its own URL. */
export function EraFilter({ current, counts }: { current: EraId | null; counts: Record<EraId, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <nav aria-label="Filter by era">
      <ul className="era-filter">
        <li>
          <IntentLink href={buildTimelineUrl(null)} aria-current={current === null ? "page" : undefined}>
            All eras ({total})
          </IntentLink>
        </li>
        {ERAS.map((e) => (
          <li key={e.id}>
            <IntentLink href={buildTimelineUrl(e.id)} aria-current={current === e.id ? "page" : undefined}>
              {e.label} ({counts[e.id]})
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
