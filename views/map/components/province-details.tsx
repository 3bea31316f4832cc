import { langText } from "@/components/lang-text";
import { ACCOUNT_LABELS, STATUS_LABELS, type Source } from "@/lib/map/accounts";
import type { ProvinceModel } from "@/lib/map/model";
import type { ResolvedName } from "@/lib/map/names";
import { ProvinceName } from "./province-name";
import { formatKm2, formatShare } from "@/lib/map/area-format";

/** Details of the selected province: names, status under both accounts, rule, area, notes, sources. */
export function ProvinceDetails({
  province,
  encyclopediaSources,
  name,
}: {
  province: ProvinceModel | undefined;
  encyclopediaSources: Source[];
  /** The name in the chosen script (English when none is sourced). */
  name?: ResolvedName;
}) {
  if (!province) {
    return (
      <section className="panel province-details" aria-labelledby="province-details-title" id="province-details">
        <h2 id="province-details-title">Province details</h2>
        <p className="muted">
          Select a province on the map or in the list to see its status under both accounts, the rule, the 1941 Thai
          province and the area ceded.
        </p>
      </section>
    );
  }
  const p = province;
  return (
    <section className="panel province-details" aria-labelledby="province-details-title" id="province-details">
      <h2 id="province-details-title">
        {name && name.lang !== "en" ? (
          <>
            <ProvinceName name={name} />
            <span className="province-details__km"> {p.name}</span>
          </>
        ) : (
          <>
            {p.name}{" "}
            <span lang="km" className="province-details__km">
              {p.nameKm}
            </span>
          </>
        )}
      </h2>
      {name?.lang === "th" ? (
        <p className="province-details__name-note">
          <span lang="th">{name.text}</span> ({name.romanisation}), the 1941 Thai province;{" "}
          {name.source ? <a href={name.source.url}>{langText(name.source.title)}</a> : null}
        </p>
      ) : null}
      {name?.fallback ? (
        <p className="province-details__name-note muted">No sourced name in this script: the English name is shown.</p>
      ) : null}
      <dl className="province-details__list">
        <dt>{ACCOUNT_LABELS.treaty}</dt>
        <dd>{STATUS_LABELS[p.treaty.status]}</dd>
        <dt>{ACCOUNT_LABELS.encyclopedia}</dt>
        <dd>
          {STATUS_LABELS[p.encyclopedia.status]}
          {p.disputed ? <strong className="province-details__disputed"> — the accounts disagree</strong> : null}
        </dd>
        <dt>1941 Thai province</dt>
        <dd>{p.thaiProvince ?? "None (stayed with French Cambodia under the treaty terms)"}</dd>
        <dt>Rule</dt>
        <dd>{p.rule}</dd>
        <dt>Area ceded under the treaty terms (derived)</dt>
        <dd>
          ≈{formatKm2(p.treaty.cededKm2)} of {formatKm2(p.areaKm2)} ({formatShare(p.treaty.cededKm2 / p.areaKm2)}),
          computed by clipping today&apos;s province with the treaty rule
        </dd>
        <dt>Area ceded under the encyclopedia account (derived)</dt>
        <dd>≈{formatKm2(p.encyclopedia.cededKm2)}</dd>
      </dl>
      <h3>Notes</h3>
      <p>{p.notes}</p>
      {p.disputed || p.encyclopedia.status !== "retained" ? <p>Encyclopedia account: {p.encyclopedia.note}</p> : null}
      <h3>Sources</h3>
      <ul className="province-details__sources">
        {[...p.sources, ...(p.disputed ? encyclopediaSources : [])]
          .filter((s, i, all) => all.findIndex((t) => t.url === s.url) === i)
          .map((s) => (
            <li key={s.url}>
              <a href={s.url}>{langText(s.title)}</a>
            </li>
          ))}
      </ul>
    </section>
  );
}
