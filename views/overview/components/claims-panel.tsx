import { langText } from "@/components/lang-text";
import { IntentLink } from "@/components/intent-link";
import type { AidMilestoneRow } from "@/lib/data/aid";
import type { ClaimRow } from "@/lib/schemas/claims";
import type { TradeRow } from "@/lib/schemas/trade";
import { formatQuantity, formatUsdAsMillions, formatUsdMillion } from "@/lib/format";
import { type PeriodSum, SUM_BASIS } from "@/lib/transform/aid-series";
import { buildTimelineHref } from "@/lib/transform/event-links";

type Side = { label: string; text: React.ReactNode; source: { title: string; url: string } };
type Claim = { id: string; topic: string; article: Side; other: Side; links: { href: string; label: string }[] };

const TREATY_EVENT = "1941-03-tokyo-treaty-cedes-western-cambodia";
const COUP_EVENT = "1945-03-09-japanese-coup-in-french-indochina";

export type ClaimsData = {
  tradeClaims: ClaimRow[];
  /** Every row of data/article-claims.csv; the map and history checks are read from it. */
  allClaims: ClaimRow[];
  dots2006: { j2c: TradeRow; c2j: TradeRow } | null;
  aidClaim: AidMilestoneRow | null;
  aidSums: PeriodSum[];
};

/** Where each disagreement is shown in the product (navigation only; the texts and sources come from the data). */
const CHECK_LINKS: Record<string, { topic: string; links: { href: string; label: string }[] }> = {
  "15th-parallel": {
    topic: "The 15th parallel (1941)",
    links: [
      { href: "/map?phase=annexed", label: "The treaty line on the map" },
      { href: buildTimelineHref(TREATY_EVENT), label: "The 1941 treaty on the timeline" },
    ],
  },
  "koh-kong": {
    topic: "Was Koh Kong ceded?",
    links: [
      { href: "/map?province=koh-kong#province-details", label: "Koh Kong on the map" },
      { href: buildTimelineHref(TREATY_EVENT), label: "The 1941 treaty on the timeline" },
    ],
  },
  "one-third": {
    topic: "“One-third” of Cambodia",
    links: [
      { href: "/map#ceded-area-title", label: "The area computed on the map" },
      { href: buildTimelineHref(TREATY_EVENT), label: "The 1941 treaty on the timeline" },
    ],
  },
  "coup-date": {
    topic: "The date of the 1945 coup",
    links: [{ href: buildTimelineHref(COUP_EVENT), label: "The coup on the timeline" }],
  },
};

const side = (row: ClaimRow): Side => ({
  label: row.label,
  text: <>{row.claim}</>,
  source: { title: row.sourceTitle, url: row.source },
});

function buildClaims({ tradeClaims, allClaims, dots2006, aidClaim, aidSums }: ClaimsData): Claim[] {
  const claims: Claim[] = [];
  const j2c = tradeClaims.find((c) => c.id === "trade-2006-japan-to-cambodia");
  const c2j = tradeClaims.find((c) => c.id === "trade-2006-cambodia-to-japan");
  if (j2c && c2j && dots2006) {
    claims.push({
      id: "claim-trade-2006",
      topic: "Trade in 2006: which way?",
      article: {
        label: "Article",
        text: (
          <>
            “{j2c.claim}”; “{c2j.claim}”.
          </>
        ),
        source: { title: j2c.sourceTitle, url: j2c.source },
      },
      other: {
        label: "IMF DOTS (reported by Japan)",
        text: (
          <>
            Japan → Cambodia {formatUsdMillion(dots2006.j2c.value)}, Cambodia → Japan{" "}
            {formatUsdMillion(dots2006.c2j.value)}: the larger flow runs the other way, so the article&apos;s directions
            appear swapped. Yen and dollars are not converted.
          </>
        ),
        source: { title: dots2006.j2c.sourceTitle, url: dots2006.j2c.source },
      },
      links: [{ href: "/trade#note-2006", label: "See the note on the trade view" }],
    });
  }
  if (aidClaim) {
    claims.push({
      id: "claim-aid-total",
      topic: "Japan's aid since 1992",
      article: {
        label: "Article",
        text: (
          <>
            “some US$1.2 billion” since 1992 ({langText(formatQuantity(aidClaim.value, aidClaim.unit))}; end year not
            stated).
          </>
        ),
        source: { title: aidClaim.sourceTitle, url: aidClaim.source },
      },
      other: {
        label: "World Bank WDI, summed here (derived)",
        text: (
          <>
            {aidSums.map((s, i) => (
              <span key={s.to}>
                {i > 0 ? "; " : ""}
                {s.from}–{s.to}: USD {s.sum === null ? "no data" : formatUsdAsMillions(s.sum)} million (
                {s.yearsWithData.length} years with data)
              </span>
            ))}
            . Net disbursements in {SUM_BASIS}; other sources give commitment totals that are far higher.
          </>
        ),
        source: {
          title: "World Bank WDI DC.DAC.JPNL.CD, based on OECD DAC (Open Numbers copy)",
          url: "https://github.com/open-numbers/ddf--open_numbers--world_development_indicators",
        },
      },
      links: [{ href: "/aid#cumulative", label: "Compare every cumulative total" }],
    });
  }
  for (const [check, { topic, links }] of Object.entries(CHECK_LINKS)) {
    const article = allClaims.find((c) => c.check === check && c.side === "article");
    const other = allClaims.find((c) => c.check === check && c.side === "other");
    if (article && other)
      claims.push({ id: `claim-${check}`, topic, links, article: side(article), other: side(other) });
  }
  return claims;
}

/**
 * Known disagreements between the English Wikipedia article "Cambodia–Japan relations"
 * (and its companion articles) and other sources. Both sides are shown; no winner is picked.
 */
export function ClaimsPanel({ data }: { data: ClaimsData }) {
  const claims = buildClaims(data);
  return (
    <section className="panel" id="claims" aria-labelledby="claims-h">
      <h2 id="claims-h">Claims checked against the data</h2>
      <p className="muted">
        Where the English Wikipedia article and other sources disagree, both are shown with their sources. We do not
        pick a side.
      </p>
      <ul className="claims-list">
        {/* Static server markup, never reordered: index keys, not one more copy of each id and label. */}
        {claims.map((c, i) => (
          <li key={i} id={c.id} className="claim">
            <h3>{c.topic}</h3>
            <dl className="claim-sides">
              {[c.article, c.other].map((s, j) => (
                <div key={j}>
                  <dt>{s.label}</dt>
                  <dd>
                    {s.text}{" "}
                    <span className="source">
                      Source:{" "}
                      <a href={s.source.url} rel="noopener">
                        {langText(s.source.title)}
                      </a>
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
            <ul className="claim-links">
              {c.links.map((l, j) => (
                <li key={j}>
                  <IntentLink href={l.href} data-claim-link>
                    {l.label} →
                  </IntentLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
