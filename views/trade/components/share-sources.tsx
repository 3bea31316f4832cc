import { SourceLink } from "@/components/source-link";
import type { WorldTotalRow } from "@/lib/schemas/trade";
import { buildTradeSourceUrl } from "@/lib/transform/trade-source-url";
import type { ReporterView } from "@/lib/transform/trade-series";

/** The denominators' sources of the share view: each side's trade with the world, as IMF DOTS publishes it. */
export function ShareSources({ world, reporter }: { world: readonly WorldTotalRow[]; reporter: ReporterView }) {
  const sides = reporter === "both" ? ["Japan", "Cambodia"] : [reporter === "japan" ? "Japan" : "Cambodia"];
  const entries = new Map<string, { side: string; title: string; url: string; from: number; to: number }>();
  for (const w of world) {
    if (!sides.includes(w.reporter)) continue;
    const key = `${w.reporter}|${w.source}`;
    const e = entries.get(key);
    if (e) {
      e.from = Math.min(e.from, w.year);
      e.to = Math.max(e.to, w.year);
    } else
      entries.set(key, {
        side: w.reporter,
        title: w.sourceTitle,
        url: buildTradeSourceUrl(w.source),
        from: w.year,
        to: w.year,
      });
  }
  return (
    <section aria-labelledby="share-sources-heading" data-testid="share-sources">
      <h3 id="share-sources-heading">Sources of the shares</h3>
      <p>
        Each share is derived here: the bilateral flow above, divided by the same side&apos;s trade with the world (IMF
        DOTS, partner row “World”), times 100. Exports are divided by exports (both FOB), imports by imports (both CIF).
      </p>
      <ul>
        {[...entries.values()].map((e) => (
          <li key={`${e.side}${e.url}`}>
            {e.side}&apos;s trade with the world, {e.from}–{e.to}: <SourceLink title={e.title} url={e.url} />
          </li>
        ))}
      </ul>
    </section>
  );
}
