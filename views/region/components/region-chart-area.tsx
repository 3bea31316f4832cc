"use client";

import { type ReactNode, useMemo } from "react";
import useSWR from "swr";
import { RechartsChart } from "@/components/chart/recharts-chart";
import { buildRegionChart } from "@/views/region/figure";
import { THEME } from "@/lib/chart/theme";
import { formatNumber } from "@/lib/format";
import { PARTNER_LABEL } from "@/lib/region/partners";
import type { RegionPayload } from "@/views/region/model/region-api";
import { type RegionQuery, regionApiHref } from "@/views/region/search";

export async function fetchRegion(url: string): Promise<RegionPayload> {
  const res = await fetch(url);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `Request failed (${res.status})`);
  return body as RegionPayload;
}

export type RegionChartAreaProps = { query: RegionQuery; children: ReactNode; initialYear?: number | null };

const isNarrow = () => window.matchMedia(`(max-width: ${THEME.narrowBelow / 16}rem)`).matches;

/**
 * The interactive region chart (SWR and Recharts), loaded on intent. It reads the same
 * API body the export uses and draws it with the same model builder as the server's SVG;
 * until the data arrive the server's SVG stays in place.
 */
export function RegionChartArea({ query, children, initialYear = null }: RegionChartAreaProps) {
  const { data, error, isLoading } = useSWR(regionApiHref(query), fetchRegion, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const { scale } = query;
  const chart = useMemo(() => {
    if (!data) return null;
    const aid = data.measure === "aid";
    return {
      model: buildRegionChart(data, { scale }, isNarrow() ? "narrow" : "wide"),
      tooltip: (year: number) => {
        const i = data.years.indexOf(year);
        return (
          <div className="chart-tooltip" role="status" aria-live="polite">
            <p className="tooltip-year">{year}</p>
            {data.series.map((s) => {
              const v = s.values[i];
              return (
                <p key={s.partner}>
                  {PARTNER_LABEL[s.partner]}:{" "}
                  {v === null || v === undefined ? "no data" : `USD ${formatNumber(aid ? v / 1e6 : v)} million`}
                </p>
              );
            })}
            <p className="tooltip-source">{aid ? "World Bank WDI, based on OECD DAC" : "IMF DOTS, Japan-reported"}</p>
          </div>
        );
      },
    };
  }, [data, scale]);
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          Could not update the chart: {error instanceof Error ? error.message : String(error)}. The table below still
          shows the view in the address bar.
        </p>
      )}
      <div className="chart-box" aria-busy={isLoading}>
        {chart ? <RechartsChart model={chart.model} tooltip={chart.tooltip} initialYear={initialYear} /> : children}
      </div>
    </>
  );
}
