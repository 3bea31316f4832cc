"use client";

import type { PointerEvent } from "react";

/** The year a pointer is over in the static figure, and what its marks say about that year. */
export type StaticTipState = { year: number; figure: number; lines: string[]; left: number; flip: boolean };

/**
 * Reads the year under the pointer from the static SVG: its root carries the year slots
 * (`data-x0`, `data-step`, `data-first`, in SVG units) and each bar or point its year and
 * its hover text (`<title>`). Null when the pointer is outside the plot or the year has no mark.
 */
export function readTip(e: PointerEvent<HTMLElement>): StaticTipState | null {
  const host = e.currentTarget;
  const svgs = [...host.querySelectorAll<SVGSVGElement>("svg.chart-static")].filter((s) => s.getClientRects().length);
  const svg = svgs.find((s) => {
    const r = s.getBoundingClientRect();
    return e.clientY >= r.top && e.clientY <= r.bottom && e.clientX >= r.left && e.clientX <= r.right;
  });
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const x = ((e.clientX - r.left) / r.width) * vb.width;
  const x0 = Number(svg.dataset.x0);
  const step = Number(svg.dataset.step);
  const year = Number(svg.dataset.first) + Math.floor((x - x0) / step);
  const lines = [...svg.querySelectorAll(`[data-year="${year}"] title, [data-year="${year}"] > title`)]
    .map((t) => t.textContent ?? "")
    .filter((t, i, all) => t !== "" && all.indexOf(t) === i);
  if (!Number.isFinite(year) || lines.length === 0) return null;
  const box = host.getBoundingClientRect();
  return {
    year,
    figure: svgs.filter((s) => s.dataset.size === svg.dataset.size).indexOf(svg),
    lines,
    left: e.clientX - box.left,
    flip: e.clientX - box.left > box.width / 2,
  };
}

/**
 * The first answer to a pointer or a tap on a chart, from the static SVG, before the
 * interactive chart has loaded (which it starts to on the same gesture): the year's values
 * as the marks' hover texts give them, at the top of the chart beside the pointer.
 */
export function StaticTip({ tip }: { tip: StaticTipState | null }) {
  if (!tip) return null;
  return (
    <div
      className="chart-tooltip chart-tooltip--static"
      data-static-tip=""
      style={tip.flip ? { right: `calc(100% - ${tip.left}px)` } : { left: tip.left }}
      role="status"
    >
      {tip.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
