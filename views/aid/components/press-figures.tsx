import { langText } from "@/components/lang-text";
import type { AidSingleRow, AidYearlyRow } from "@/lib/data/aid";
import { explainOku, formatQuantity } from "@/lib/format";
import { SourceLink } from "@/components/source-link";

type Item = {
  year: number;
  category: string;
  value: number;
  unit: string;
  basis: string;
  sourceTitle: string;
  source: string;
  notes: string;
};

/**
 * Pledges, plans and signed agreements. They measure promises, not money disbursed,
 * so they are listed here and never drawn on the disbursement chart.
 */
export function PressFigures({ press, single }: { press: AidYearlyRow[]; single: AidSingleRow[] }) {
  const fromSingle: Item[] = single
    .filter((r) => !r.category.endsWith("_disbursed"))
    .map((r) => ({ ...r, basis: r.category.includes("pledge") ? "pledge" : "commitment or indication (see notes)" }));
  const items: Item[] = [...press, ...fromSingle].sort((a, b) => a.year - b.year);
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Pledges, plans and signed agreements (scrollable)"
    >
      <table className="data-table aid-claims" id="aid-press-table">
        <caption>Pledges, plans and signed agreements (not disbursements)</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Kind</th>
            <th scope="col">Value as stated</th>
            <th scope="col">Basis</th>
            <th scope="col">Notes</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r, i) => (
            <tr key={`${r.year}-${r.category}-${r.unit}-${i}`}>
              <td>{r.year}</td>
              <td>{r.category.replaceAll("_", " ")}</td>
              <td>{langText(formatQuantity(r.value, r.unit))}</td>
              <td>{r.basis}</td>
              <td>{langText(explainOku(r.notes))}</td>
              <td className="aid-claims__source">
                <SourceLink title={r.sourceTitle} url={r.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
