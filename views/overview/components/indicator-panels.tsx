import type { IndicatorPanel } from "@/views/overview/model/indicator-panels";
import { IndicatorChart } from "./indicator-chart";
import "./indicators.css";
import { SourceLink } from "@/components/source-link";

const fmt = new Intl.NumberFormat("en-US");

function PanelTable({ panel }: { panel: IndicatorPanel }) {
  return (
    <div
      className="table-wrap ind-table"
      tabIndex={0}
      role="region"
      aria-label={`${panel.title}: figures (scrollable)`}
    >
      <table className="data-table">
        <caption className="visually-hidden">{panel.title}: every sourced figure</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Value ({panel.unitLabel})</th>
            <th scope="col">As of</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {panel.points.map((p, i) => (
            <tr key={i}>
              <td>{p.year}</td>
              <td>
                {fmt.format(p.value)}
                {p.conflict ? <span className="ind-flag"> sources differ</span> : null}
                {p.partial ? <span className="ind-flag"> part-year</span> : null}
              </td>
              <td>{p.asOf || "—"}</td>
              <td className="ind-source">
                <SourceLink title={p.sourceTitle} url={p.source} notes={p.notes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Small multiples for the people-and-investment figures; each point keeps its own source. */
export function IndicatorPanels({ panels }: { panels: IndicatorPanel[] }) {
  return (
    <>
      <ul className="legend" aria-label="Chart symbols">
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" className="ind-mark" />
          </svg>{" "}
          sourced figure (lines join consecutive years only)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" className="ind-mark ind-mark--partial" />
          </svg>{" "}
          part of the year only
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="2" y="2" width="10" height="10" className="ind-mark ind-mark--conflict" />
          </svg>{" "}
          sources give different values for that year
        </li>
      </ul>
      <div className="ind-grid-panels">
        {panels.map((p) => (
          <section
            key={p.id}
            id={`indicator-${p.id.replaceAll("_", "-")}`}
            className="panel ind-panel"
            aria-labelledby={`${p.id}-h`}
          >
            <h3 id={`${p.id}-h`}>{p.title}</h3>
            <p className="muted ind-note">{p.note}</p>
            <div className="ind-chart-box">
              <IndicatorChart panel={p} />
            </div>
            <details>
              <summary>Figures and sources ({p.points.length})</summary>
              <PanelTable panel={p} />
            </details>
          </section>
        ))}
      </div>
    </>
  );
}
