import type { CessionMapModel } from "@/lib/map/model";
import { formatKm2 } from "@/lib/map/area-format";

/** How the map and its areas are computed, and the per-province figures behind the totals. */
export function MapMethod({ model }: { model: CessionMapModel }) {
  const rows = model.summary.treaty.provinces;
  return (
    <section aria-labelledby="map-method-title">
      <h2 id="map-method-title">How the map is drawn</h2>
      <p>
        The 11 March 1941 terms cede everything north of the Battambang–Pursat boundary, and the right bank of the
        Mekong north of a line that starts where the Siem Reap–Battambang boundary meets the Tonle Sap, runs north along
        that meridian to the parallel “15 degrees G”, then east to the Mekong. “15 degrees G” is read as 15 grades (the
        grade, 1/400 of a circle, was the unit of French maps; 15 grades = 13.5°), so the line is 13.5°N. The terms give
        no longitude for the meridian: today&apos;s boundary meets the lake at ≈{model.lakeEndLon.toFixed(2)}°E, which
        would put Siem Reap town (which stayed French) inside, so the map uses ≈103.8°E. Today&apos;s provinces are
        clipped with that rule and their areas measured on the sphere (R = 6,371.0088 km). The statuses come from the
        project&apos;s reading of the sources (data/CESSION.md).
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption>Area inside the treaty rule, by province (derived)</caption>
          <thead>
            <tr>
              <th scope="col">Province</th>
              <th scope="col">Ceded (km²)</th>
              <th scope="col">Province (km²)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{formatKm2(r.cededKm2)}</td>
                <td>{formatKm2(r.provinceKm2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
