"use client";

import { useEffect, useRef, useState } from "react";
import type { MapLayers } from "@/lib/map/client-layers";
import type { Box, Point } from "@/lib/map/model";
import {
  MAX_SCALE,
  ZOOMED_SCALE,
  centreOf,
  panBy,
  pickScaleBar,
  roundCoord,
  roundScale,
  scaleOf,
  zoomAt,
} from "@/lib/map/view";
import { attachGestures } from "./map-gestures";

type Props = { width: number; height: number; unitsPer100Km: number; layersUrl: string };

const STEP = 1.5;
const PAN = 0.15;
const SETTLE_MS = 180;

const parseBox = (s: string | null): Box => {
  const [x = 0, y = 0, width = 0, height = 0] = (s ?? "").split(/[\s,]+/).map(Number);
  return { x, y, width, height };
};
const boxAttr = (b: Box) => [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 100) / 100).join(" ");

/**
 * Hides labels that would overlap one drawn before them (the server's order puts the larger
 * names first), so names stay readable at every scale.
 */
function declutter(svg: SVGSVGElement) {
  const placed: DOMRect[] = [];
  for (const el of svg.querySelectorAll<SVGTextElement>(".map-labels text")) {
    el.style.visibility = "";
    if (getComputedStyle(el).display === "none") continue;
    const r = el.getBoundingClientRect();
    const hit = placed.some((p) => r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top);
    if (hit) el.style.visibility = "hidden";
    else placed.push(r);
  }
}

/**
 * Zoom and pan over the server-drawn map: gestures (./map-gestures.ts: Ctrl/⌘ + wheel or wheel after a
 * click into the map, trackpad pinch, drag, two-finger pan and pinch, double tap), keys (+ − arrows 0)
 * and buttons. The view box changes at once, in the frame of the event; on the first intent the
 * client layers (d3-geo, topojson-client and the topology) load, and when the view settles they
 * redraw at the detail of the scale, the URL gains the view and the change is announced.
 */
export function MapZoom({ width, height, unitsPer100Km, layersUrl }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState({ text: "", n: 0 });
  const [hint, setHint] = useState<string | null>(null);

  useEffect(() => {
    const box = root.current?.closest<HTMLElement>(".map-box");
    const svg = box?.querySelector<SVGSVGElement>("svg.cession-map");
    const bar = box?.querySelector<HTMLElement>(".map-scale");
    if (!box || !svg) return;
    const f = { width, height };
    let layers: Promise<MapLayers> | null = null;
    let settle = 0;
    let frameReq = 0;
    let pending: Box | null = null;

    const load = () => {
      layers ??= import("@/lib/map/client-layers").then((m) => m.loadMapLayers(layersUrl));
      layers.catch(() => {
        layers = null;
      });
      return layers;
    };
    const current = () => pending ?? parseBox(svg.getAttribute("viewBox"));
    const toMap = (clientX: number, clientY: number): Point => {
      const r = svg.getBoundingClientRect();
      const v = current();
      return { x: v.x + ((clientX - r.left) / r.width) * v.width, y: v.y + ((clientY - r.top) / r.height) * v.height };
    };

    const paint = () => {
      frameReq = 0;
      if (!pending) return;
      const v = pending;
      pending = null;
      const k = scaleOf(v, f);
      svg.setAttribute("viewBox", boxAttr(v));
      svg.style.setProperty("--k", String(k));
      svg.toggleAttribute("data-zoomed", k >= ZOOMED_SCALE);
      if (bar) {
        const s = pickScaleBar(unitsPer100Km, v.width);
        bar.style.width = `${s.fraction * 100}%`;
        bar.dataset.scaleLength = String(s.fraction * v.width);
        const label = bar.querySelector("span");
        if (label) label.textContent = `${s.km} km`;
      }
    };

    const settled = async (v: Box, say?: string) => {
      const k = scaleOf(v, f);
      if (say) setMessage((m) => ({ text: `${say}. Zoom ${k.toFixed(1)}×.`, n: m.n + 1 }));
      const l = await load().catch(() => null);
      if (!l) return;
      l.draw(svg, k);
      declutter(svg);
      const url = new URL(window.location.href);
      url.searchParams.delete("zoom");
      if (k <= 1.001) {
        url.searchParams.delete("center");
        url.searchParams.delete("scale");
      } else {
        const c = centreOf(v);
        const ll = l.invert(c.x, c.y);
        if (!ll) return;
        url.searchParams.set("center", `${roundCoord(ll[0])},${roundCoord(ll[1])}`);
        url.searchParams.set("scale", String(roundScale(k)));
      }
      // Keep the comma of center=lon,lat literal, so shared links stay readable.
      const search = url.searchParams.toString().replace(/%2C/gi, ",");
      window.history.replaceState(window.history.state, "", `${url.pathname}${search ? `?${search}` : ""}${url.hash}`);
    };

    const show = (v: Box, say?: string) => {
      pending = v;
      if (!frameReq) frameReq = requestAnimationFrame(paint);
      window.clearTimeout(settle);
      settle = window.setTimeout(() => void settled(v, say), say ? 0 : SETTLE_MS);
      void load();
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.target !== box && !svg.contains(e.target as Node)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const v = current();
      const c = centreOf(v);
      const actions: Record<string, () => [Box, string]> = {
        "+": () => [zoomAt(v, f, STEP, c), "Zoomed in"],
        "=": () => [zoomAt(v, f, STEP, c), "Zoomed in"],
        "-": () => [zoomAt(v, f, 1 / STEP, c), "Zoomed out"],
        _: () => [zoomAt(v, f, 1 / STEP, c), "Zoomed out"],
        "0": () => [zoomAt(v, f, 1 / MAX_SCALE, c), "Whole map"],
        ArrowLeft: () => [panBy(v, f, -PAN * v.width, 0), "Moved west"],
        ArrowRight: () => [panBy(v, f, PAN * v.width, 0), "Moved east"],
        ArrowUp: () => [panBy(v, f, 0, -PAN * v.height), "Moved north"],
        ArrowDown: () => [panBy(v, f, 0, PAN * v.height), "Moved south"],
      };
      const act = actions[e.key];
      if (!act) return;
      e.preventDefault();
      const [next, say] = act();
      show(next, say);
    };

    const onButton = (e: Event) => {
      const kind = (e.target as Element).closest<HTMLButtonElement>("[data-map-zoom]")?.dataset.mapZoom;
      if (!kind) return;
      const v = current();
      const c = centreOf(v);
      if (kind === "in") show(zoomAt(v, f, STEP, c), "Zoomed in");
      if (kind === "out") show(zoomAt(v, f, 1 / STEP, c), "Zoomed out");
      if (kind === "reset") show(zoomAt(v, f, 1 / MAX_SCALE, c), "Whole map");
    };

    const buttons = root.current;
    const detach = attachGestures({
      svg,
      box,
      frame: f,
      current,
      show,
      toMap,
      load: () => void load(),
      hint: (text) => setHint(text),
    });
    box.addEventListener("keydown", onKey);
    buttons?.addEventListener("click", onButton);
    // Labels drawn by the server may overlap (a province name under a 1941 label): hide the later one.
    declutter(svg);
    return () => {
      window.clearTimeout(settle);
      if (frameReq) cancelAnimationFrame(frameReq);
      detach();
      box.removeEventListener("keydown", onKey);
      buttons?.removeEventListener("click", onButton);
    };
  }, [width, height, unitsPer100Km, layersUrl]);

  return (
    <>
      {/* Says how to zoom when a wheel or a one-finger swipe over the map scrolled the page instead. */}
      <p className="map-hint" data-visible={hint ? "" : undefined} aria-hidden="true">
        {hint}
      </p>
      <div ref={root} className="map-zoom-buttons">
        <button type="button" className="button button--quiet" data-map-zoom="in" aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button button--quiet" data-map-zoom="out" aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button button--quiet" data-map-zoom="reset" aria-label="Show the whole map">
          ⟲
        </button>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-map-zoom-status>
          {/* A repeated step ("Moved east" twice) must still change the region's text to be read again. */}
          {message.text}
          {message.n % 2 ? "\u00a0" : ""}
        </p>
      </div>
    </>
  );
}
