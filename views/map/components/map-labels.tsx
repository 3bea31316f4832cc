import type { CessionMapModel } from "@/lib/map/model";
import type { ResolvedName } from "@/lib/map/names";
import type { MapParams } from "@/lib/map/settings";

const MIN_LABEL_KM2 = 2500;
const MAJOR_LABEL_KM2 = 6000;

/**
 * The 1941 Thai province's name in the chosen script: the sourced Thai spelling (the same rows as
 * the list's names) when the reader chose Thai and a row gives one, else its romanisation.
 */
function thaiProvinceName(
  model: CessionMapModel,
  thaiProvince: string,
  names?: Record<string, ResolvedName>,
): { text: string; lang?: string } {
  const member = model.provinces.find((p) => p.thaiProvince === thaiProvince && names?.[p.id]?.lang === "th");
  const name = member ? names?.[member.id] : undefined;
  return name ? { text: name.text, lang: "th" } : { text: thaiProvince };
}

/**
 * Phase-specific labels. Decorative for screen readers: the same names are on the province links.
 * Today's province names (in the chosen script) are drawn in every phase: the main labels today,
 * and in 1941 and before under the period's labels, shown once the reader chose a script or zoomed
 * in (data-zoomed on the map); the client hides any label that would overlap one drawn before it.
 */
export function MapLabels({
  model,
  params,
  names,
}: {
  model: CessionMapModel;
  params: MapParams;
  names?: Record<string, ResolvedName>;
}) {
  const { phase } = params;
  const centre = model.provinces.find((p) => p.id === "kampong-thom")?.label ?? {
    x: model.width / 2,
    y: model.height / 2,
  };
  const today = phase === "today";
  const provinceLabels = model.provinces
    // In 1941–46 a Thai name is the bold Thai province label already: no second, smaller copy.
    .filter((p) => p.areaKm2 >= MIN_LABEL_KM2 && !(phase === "annexed" && names?.[p.id]?.lang === "th"))
    .map((p) => (
      <text
        key={p.id}
        className={`map-label map-label--province${p.areaKm2 < MAJOR_LABEL_KM2 ? " map-label--minor" : ""}${
          today ? "" : " map-label--period-province"
        }`}
        x={p.label.x}
        y={p.label.y}
        lang={names?.[p.id]?.lang}
      >
        {names?.[p.id]?.text ?? p.name}
      </text>
    ));
  return (
    <g className="map-labels" data-phase={phase} aria-hidden="true">
      {model.neighbours.map((n) => (
        <text key={n.id} className="map-label map-label--country" x={n.label.x} y={n.label.y}>
          {n.name}
        </text>
      ))}
      <text className="map-label map-label--water map-label--minor" x={model.seaLabel.x} y={model.seaLabel.y}>
        <tspan x={model.seaLabel.x}>Gulf of</tspan>
        <tspan x={model.seaLabel.x} dy="1.15em">
          Thailand
        </tspan>
      </text>
      {model.waterLabels.map((w) => (
        <text key={w.name} className="map-label map-label--water map-label--minor" x={w.x} y={w.y}>
          {w.name}
        </text>
      ))}
      {phase === "before" ? (
        <text className="map-label map-label--title" x={centre.x} y={centre.y}>
          <tspan x={centre.x}>Cambodia</tspan>
          <tspan x={centre.x} dy="1.2em" className="map-label--sub">
            French protectorate (French Indochina)
          </tspan>
        </text>
      ) : null}
      {phase === "annexed" ? (
        <>
          {model.thaiProvinceLabels.map((t) => {
            const name = thaiProvinceName(model, t.name, names);
            return (
              <text key={t.name} className="map-label map-label--thai" x={t.x} y={t.y}>
                <tspan x={t.x} lang={name.lang}>
                  {name.text}
                </tspan>
                <tspan x={t.x} dy="1.15em" className="map-label--sub">
                  Thai province 1941–46
                </tspan>
              </text>
            );
          })}
          {/* Below the line from its corner rightwards: clear of the Thai provinces' labels above the line. */}
          <text
            className="map-label map-label--line map-label--treaty"
            x={model.treatyLine.label.x + 6}
            y={model.treatyLine.parallelLabel.y + 16}
            textAnchor="start"
          >
            1941 treaty line (approx.) ≈13.5°N
          </text>
          <text
            className="map-label map-label--line map-label--minor"
            x={model.treatyLine.label.x - 6}
            y={model.treatyLine.label.y + 30}
            textAnchor="end"
          >
            ≈103.8°E
          </text>
          <text className="map-label map-label--parallel" x={model.parallel15.label.x} y={model.parallel15.label.y - 6}>
            15°N (the encyclopedia&apos;s &ldquo;15th parallel&rdquo;)
          </text>
        </>
      ) : null}
      {provinceLabels}
    </g>
  );
}
