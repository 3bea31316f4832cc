import { langText } from "@/components/lang-text";
import type { AidMilestoneRow } from "@/lib/data/aid";
import type { ClaimRow } from "@/lib/schemas/claims";
import { SECTOR_CATEGORIES, buildPeriodLabel } from "@/views/aid/model/aid-milestones";
import { explainOku, formatQuantity } from "@/lib/format";
import { SourceLink } from "@/components/source-link";

/** Sector context: the article names demining and education; the sourced figures we hold are for demining and NGO projects. */
export function AidSectors({ milestones, claim }: { milestones: AidMilestoneRow[]; claim: ClaimRow | undefined }) {
  const rows = milestones.filter((m) => SECTOR_CATEGORIES.includes(m.category));
  return (
    <>
      <p>
        {claim && (
          <>
            The English Wikipedia article “Cambodia–Japan relations”: {claim.claim} (
            <SourceLink title={claim.sourceTitle} url={claim.source} />
            ).{" "}
          </>
        )}
        The figures below are the sector totals we found with a source. We hold no sourced figure for education, so none
        is shown.
      </p>
      <ul className="aid-list">
        {rows.map((r, i) => (
          <li key={`${r.source}-${i}`}>
            <strong>
              {r.category === "demining_support" ? "Demining" : "Grants for Japanese NGO projects (incl. demining)"},{" "}
              {buildPeriodLabel(r.periodStart, r.periodEnd)}:
            </strong>{" "}
            {langText(formatQuantity(r.value, r.unit))} ({r.basis}). {langText(explainOku(r.notes))}{" "}
            <span className="muted">
              Source: <SourceLink title={r.sourceTitle} url={r.source} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
