import type { AidMilestoneRow } from "@/lib/data/aid";
import { SECTOR_CATEGORIES, buildPeriodLabel } from "@/lib/transform/aid-milestones";
import { formatNumber, formatUnit } from "@/lib/format";

const ARTICLE = {
  title: "Cambodia–Japan relations (English Wikipedia, 2016 snapshot via IPFS mirror)",
  url: "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Cambodia%E2%80%93Japan_relations.html",
};

/** Sector context: the article names demining and education; the sourced figures we hold are for demining and NGO projects. */
export function AidSectors({ milestones }: { milestones: AidMilestoneRow[] }) {
  const rows = milestones.filter((m) => SECTOR_CATEGORIES.includes(m.category));
  return (
    <>
      <p>
        The English Wikipedia article names demining and education among the fields of Japan&apos;s aid (
        <a href={ARTICLE.url} rel="noopener">
          {ARTICLE.title}
        </a>
        ). The figures below are the sector totals we found with a source. We hold no sourced figure for education, so
        none is shown.
      </p>
      <ul className="aid-list">
        {rows.map((r, i) => (
          <li key={`${r.source}-${i}`}>
            <strong>
              {r.category === "demining_support" ? "Demining" : "Grants for Japanese NGO projects (incl. demining)"}, {buildPeriodLabel(r.periodStart, r.periodEnd)}:
            </strong>{" "}
            {formatNumber(r.value)} {formatUnit(r.unit)} ({r.basis}). {r.notes}{" "}
            <span className="muted">
              Source:{" "}
              <a href={r.source} rel="noopener">
                {r.sourceTitle}
              </a>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
