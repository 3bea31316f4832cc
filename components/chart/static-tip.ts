import { lineTitles } from "./static-lines";

/** The year a pointer is over in the static figure, and what its marks say about that year. */
export type StaticTipState = { year: number; figure: number; lines: string[]; left: number; flip: boolean };

/**
 * Reads the year under the pointer from the static SVG: its root carries the year slots
 * (`data-x0`, `data-step`, `data-first`, in SVG units) and each bar or point its year and
 * its hover text (`<title>`); a figure of lines only gives each line's value that year (the
 * slot under the pointer is the nearest year). Null when the pointer is outside the plot or
 * the year has no mark.
 */
export function readTip(host: HTMLElement, clientX: number, clientY: number): StaticTipState | null {
  const svgs = [...host.querySelectorAll<SVGSVGElement>("svg.chart-static")].filter((s) => s.getClientRects().length);
  const svg = svgs.find((s) => {
    const r = s.getBoundingClientRect();
    return clientY >= r.top && clientY <= r.bottom && clientX >= r.left && clientX <= r.right;
  });
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const x = ((clientX - r.left) / r.width) * vb.width;
  const x0 = Number(svg.dataset.x0);
  const step = Number(svg.dataset.step);
  const year = Number(svg.dataset.first) + Math.floor((x - x0) / step);
  if (!Number.isFinite(year)) return null;
  const marks = [...svg.querySelectorAll(`[data-year="${year}"] title, [data-year="${year}"] > title`)].map(
    (t) => t.textContent ?? "",
  );
  const lines = (marks.length > 0 ? marks : lineTitles(svg, year)).filter(
    (t, i, all) => t !== "" && all.indexOf(t) === i,
  );
  if (lines.length === 0) return null;
  const box = host.getBoundingClientRect();
  return {
    year,
    figure: svgs.filter((s) => s.dataset.size === svg.dataset.size).indexOf(svg),
    lines,
    left: clientX - box.left,
    flip: clientX - box.left > box.width / 2,
  };
}

const TIP = "[data-static-tip]";

/**
 * The first answer to a pointer or a tap on a chart, from the static SVG, before the
 * interactive chart is drawn: the year's values as the marks' hover texts give them, at the
 * top of the chart beside the pointer. Written to the page directly, not through React: a
 * pointer move then costs no render of the chart area, and the tip is painted in the frame
 * after the move, before the interactive chart starts (use-intent-load.ts).
 */
export function showTip(host: HTMLElement, tip: StaticTipState | null): void {
  if (!tip) return clearTip(host);
  let el = host.querySelector<HTMLElement>(TIP);
  if (!el) {
    el = document.createElement("div");
    el.className = "chart-tooltip chart-tooltip--static";
    el.dataset.staticTip = "";
    el.setAttribute("role", "status");
    host.append(el);
  }
  el.style.left = tip.flip ? "" : `${tip.left}px`;
  el.style.right = tip.flip ? `calc(100% - ${tip.left}px)` : "";
  el.replaceChildren(
    ...tip.lines.map((l) => {
      const p = document.createElement("p");
      p.textContent = l;
      return p;
    }),
  );
}

export function clearTip(host: HTMLElement): void {
  host.querySelector(TIP)?.remove();
}
