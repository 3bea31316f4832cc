import { ACCOUNT_LABELS } from "@/lib/map/accounts";
import type { MapParams } from "@/lib/url/map-params";

type Item = {
  key: string;
  label: string;
  swatch:
    "ceded" | "partly" | "retained" | "disputed" | "protectorate" | "modern" | "treaty-line" | "parallel" | "returned";
};

const TREATY_LINE_LABEL =
  "Treaty line — approximate: meridian ≈103.8°E from the Tonle Sap, then ≈13.5°N ('15 degrees G' = 15 grades) east to the Mekong";

function items(params: MapParams): Item[] {
  if (params.phase === "before") {
    return [
      {
        key: "p",
        label: "Cambodia, French protectorate (before 1941); today's province borders shown for reference",
        swatch: "protectorate",
      },
    ];
  }
  if (params.phase === "today") {
    return [
      { key: "m", label: "Kingdom of Cambodia today (modern provinces)", swatch: "modern" },
      {
        key: "r",
        label: "Area annexed 1941 under the treaty terms, returned under the Washington settlement of 17 November 1946",
        swatch: "returned",
      },
    ];
  }
  const list: Item[] = [
    { key: "c", label: `Ceded to Thailand 1941–46 (${ACCOUNT_LABELS[params.account]})`, swatch: "ceded" },
  ];
  if (params.account === "treaty")
    list.push({ key: "pc", label: "Partly ceded: hatched part inside the treaty rule", swatch: "partly" });
  list.push(
    { key: "r", label: "Retained by French Cambodia", swatch: "retained" },
    { key: "d", label: "Accounts disagree (Koh Kong, the line): see details", swatch: "disputed" },
    { key: "t", label: TREATY_LINE_LABEL, swatch: "treaty-line" },
    { key: "15", label: "15°N parallel: north of today's Cambodia", swatch: "parallel" },
  );
  return list;
}

function Swatch({ kind }: { kind: Item["swatch"] }) {
  if (kind === "treaty-line" || kind === "parallel" || kind === "returned") {
    return (
      <svg className="legend-swatch" width="28" height="14" aria-hidden="true">
        {kind === "returned" ? (
          <rect x="1" y="1" width="26" height="12" className="swatch-returned" />
        ) : (
          <line x1="0" y1="7" x2="28" y2="7" className={`swatch-${kind}`} />
        )}
      </svg>
    );
  }
  return (
    <svg className="legend-swatch" width="18" height="14" aria-hidden="true">
      <rect width="18" height="14" className={`swatch-fill swatch-fill--${kind}`} />
      {kind === "disputed" ? <rect width="18" height="14" fill="url(#hatch-disputed)" /> : null}
    </svg>
  );
}

/** Legend for the current phase and account (the map's patterns are reused for the swatches). */
export function MapLegend({ params }: { params: MapParams }) {
  return (
    <ul className="legend map-legend" data-phase={params.phase} aria-label="Map legend">
      {items(params).map((i) => (
        <li key={i.key}>
          <Swatch kind={i.swatch} />
          <span>{i.label}</span>
        </li>
      ))}
    </ul>
  );
}
