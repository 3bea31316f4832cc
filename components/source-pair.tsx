import { langText } from "@/components/lang-text";
import { SourceLink } from "@/components/source-link";
import { explainOku, formatQuantity } from "@/lib/format";
import type { SourcePair } from "@/lib/transform/source-pairs";

/** Two (or more) sources' figures for the same thing, side by side, each with its source; none is preferred. */
export function SourcePairList({ pair, testId }: { pair: SourcePair; testId: string }) {
  return (
    <ul className="source-pair" data-testid={testId}>
      {pair.sides.map((s) => (
        <li key={`${s.value}-${s.source}`}>
          <strong>{langText(formatQuantity(s.value, s.unit))}</strong>
          {s.asOf ? ` (${s.asOf})` : ""}
          {s.notes ? <>: {langText(explainOku(s.notes))}</> : ""} — <SourceLink title={s.sourceTitle} url={s.source} />
        </li>
      ))}
    </ul>
  );
}
