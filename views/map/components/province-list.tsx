import "./map-panels.css";
import Link from "next/link";
import type { CessionStatus } from "@/lib/schemas/geo";
import { ACCOUNT_LABELS, STATUS_LABELS } from "@/lib/map/accounts";
import type { CessionMapModel } from "@/lib/map/model";
import type { ResolvedName } from "@/lib/map/names";
import { mapHref } from "@/views/map/params";
import { type MapParams } from "@/lib/map/settings";
import { ProvinceName } from "./province-name";

const ORDER: CessionStatus[] = ["ceded", "partly_ceded", "retained"];

/**
 * All 25 provinces grouped by status under the current account. Plain links (work without JS);
 * the map's client layer adds arrow-key movement and the map highlight.
 */
export function ProvinceList({
  model,
  params,
  names,
}: {
  model: CessionMapModel;
  params: MapParams;
  names: Record<string, ResolvedName>;
}) {
  return (
    <nav
      className="province-list"
      id="province-list"
      tabIndex={-1}
      aria-labelledby="province-list-title"
      data-province-list=""
    >
      <h2 id="province-list-title" className="province-list__title">
        Provinces <span className="muted">by status, {ACCOUNT_LABELS[params.account]}</span>
      </h2>
      <p className="visually-hidden">Use the arrow keys to move through the list and Enter to select a province.</p>
      {ORDER.map((status) => {
        const members = model.provinces
          .filter((p) => p[params.account].status === status)
          .sort((a, b) => a.name.localeCompare(b.name));
        if (members.length === 0) return null;
        return (
          <div key={status} className="province-list__group">
            <h3 id={`group-${status}`}>
              {STATUS_LABELS[status]} ({members.length})
            </h3>
            <ul aria-labelledby={`group-${status}`}>
              {members.map((p) => (
                <li key={p.id}>
                  <Link
                    href={mapHref(params, { province: p.id })}
                    scroll={false}
                    prefetch={false}
                    data-province-link={p.id}
                    aria-current={p.id === params.province ? "true" : undefined}
                  >
                    <ProvinceName name={names[p.id]!} />
                    <ListContext name={names[p.id]!} province={p} />
                    {p.disputed ? (
                      <>
                        <span aria-hidden="true" className="province-list__flag">
                          {" "}
                          *
                        </span>
                        <span className="visually-hidden"> (accounts disagree)</span>
                      </>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="province-list__note muted">* The two accounts disagree about this province.</p>
    </nav>
  );
}

/**
 * What tells entries apart when the chosen script names several provinces alike: a 1941 Thai
 * province covered several of today's, so a Thai name is followed by today's province; a province
 * with no sourced Thai spelling shows its English name and, where the data give one, the 1941 Thai
 * province it lay in (romanised, as the source writes it).
 */
function ListContext({ name, province }: { name: ResolvedName; province: CessionMapModel["provinces"][number] }) {
  if (name.lang === "th") return <span className="province-list__today"> ({province.name})</span>;
  if (name.fallback && province.thaiProvince)
    return <span className="province-list__today"> (1941: {province.thaiProvince})</span>;
  return null;
}

/** Small-screen alternative to the list: a GET form (works without JS; submits on change with JS). */
export function ProvinceSelect({
  model,
  params,
  names,
}: {
  model: CessionMapModel;
  params: MapParams;
  names: Record<string, ResolvedName>;
}) {
  const sorted = [...model.provinces].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form
      method="get"
      action="/map"
      className="province-select"
      id="province-select"
      tabIndex={-1}
      data-province-form=""
    >
      {params.phase !== "annexed" ? <input type="hidden" name="phase" value={params.phase} /> : null}
      {params.account !== "treaty" ? <input type="hidden" name="account" value={params.account} /> : null}
      {params.zoom !== "all" ? <input type="hidden" name="zoom" value={params.zoom} /> : null}
      {params.names ? <input type="hidden" name="names" value={params.names} /> : null}
      <label className="field">
        Province
        <select name="province" defaultValue={params.province ?? ""} key={params.province ?? ""}>
          <option value="">Choose a province…</option>
          {sorted.map((p) => (
            <option key={p.id} value={p.id}>
              {names[p.id]!.text}
              {names[p.id]!.lang === "th" ? ` (${p.name})` : ""} — {STATUS_LABELS[p[params.account].status]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
