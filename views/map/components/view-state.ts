import type { CessionStatus } from "@/lib/schemas/geo";
import { ACCOUNT_LABELS, STATUS_LABELS } from "@/lib/map/accounts";
import type { ProvinceModel } from "@/lib/map/model";
import type { MapParams } from "@/lib/map/settings";

/** What a province looks like in the current phase and account (drives fill, label and list group). */
export type ProvinceView = { fill: "protectorate" | "modern" | CessionStatus; statusText: string; disputed: boolean };

export function provinceView(p: ProvinceModel, params: MapParams): ProvinceView {
  const status = p[params.account].status;
  if (params.phase === "before")
    return { fill: "protectorate", statusText: "French protectorate of Cambodia", disputed: false };
  if (params.phase === "today") {
    const was = {
      retained: "not annexed under the treaty terms",
      partly_ceded: "partly annexed 1941–1946, returned 1946",
      ceded: "annexed 1941–1946, returned 1946",
    }[p.treaty.status];
    return { fill: "modern", statusText: `Kingdom of Cambodia; ${was}`, disputed: false };
  }
  const disputed = p.disputed ? " (accounts disagree)" : "";
  return {
    fill: status,
    statusText: `${STATUS_LABELS[status]} — ${ACCOUNT_LABELS[params.account]}${disputed}`,
    disputed: p.disputed,
  };
}
