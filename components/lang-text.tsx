import type { ReactNode } from "react";
import { splitJapaneseRuns } from "@/lib/japanese-runs";

/**
 * A text from the data as written, each run of Japanese in it marked lang="ja"
 * (lib/japanese-runs.ts says why). A plain function, not a component: a text with no
 * Japanese stays the very string it was, so the page's markup and payload are unchanged.
 */
export function langText(text: string): ReactNode {
  const runs = splitJapaneseRuns(text);
  if (!runs.some((r) => r.ja)) return text;
  return runs.map((r, i) =>
    r.ja ? (
      <span key={i} lang="ja">
        {r.text}
      </span>
    ) : (
      r.text
    ),
  );
}
