import Link from "next/link";
import { ACCOUNT_IDS, ACCOUNT_LABELS } from "@/lib/map/accounts";
import type { CessionMapModel } from "@/lib/map/model";
import { NAME_SCRIPTS, NAME_SCRIPT_LABELS } from "@/lib/map/names";
import { type EmbedOptions, embedHref } from "@/lib/url/embed-options";
import { mapHref } from "@/views/map/params";
import { PHASES, type MapParams, type Phase } from "@/lib/map/settings";

const PHASE_LABELS: Record<Phase, string> = { before: "Before 1941", annexed: "1941–1946 (annexed)", today: "Today" };

// The settings' links change the view in place (as do the provinces' links): they fetch the new
// view when followed, never on sight, so a visit to the map costs one document.
function Segment({
  label,
  options,
}: {
  label: string;
  options: { key: string; text: string; href: string; current: boolean }[];
}) {
  return (
    <fieldset>
      <legend>{label}</legend>
      <ul className="map-segment">
        {options.map((o) => (
          <li key={o.key}>
            <Link
              href={o.href}
              scroll={false}
              prefetch={false}
              aria-current={o.current ? "true" : undefined}
              className="map-segment__link"
            >
              {o.text}
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * Phase, account and zoom switches: plain links, so they work without JavaScript. In an embed
 * (`embed`, its options) the links stay in the embed and keep its theme and controls.
 */
export function MapControls({
  params,
  model,
  embed,
}: {
  params: MapParams;
  model: CessionMapModel;
  embed?: EmbedOptions;
}) {
  const href = (change: Partial<MapParams>) => embedHref(mapHref(params, change), embed);
  const boxAttr = (b: { x: number; y: number; width: number; height: number }) =>
    `${b.x} ${b.y} ${b.width} ${b.height}`;
  const zoomed = params.zoom === "ceded";
  return (
    <div className="controls map-controls">
      <Segment
        label="Phase"
        options={PHASES.map((p) => ({
          key: p,
          text: PHASE_LABELS[p],
          href: href({ phase: p }),
          current: params.phase === p,
        }))}
      />
      <Segment
        label="Account"
        options={ACCOUNT_IDS.map((a) => ({
          key: a,
          text: ACCOUNT_LABELS[a],
          href: href({ account: a }),
          current: params.account === a,
        }))}
      />
      <Segment
        label="Names"
        options={NAME_SCRIPTS.map((n) => ({
          key: n,
          text: NAME_SCRIPT_LABELS[n],
          href: href({ names: n }),
          current: (params.names ?? "en") === n,
        }))}
      />
      <div className="map-zoom">
        <Link
          href={href({ zoom: zoomed ? "all" : "ceded" })}
          scroll={false}
          prefetch={false}
          className="button button--quiet"
          data-zoom-box={boxAttr(zoomed ? model.zoomBoxes.all : model.zoomBoxes[params.account])}
        >
          {zoomed ? "Reset view" : "Zoom to the ceded area"}
        </Link>
      </div>
    </div>
  );
}
