"use client";

import { useRouter } from "next/navigation";
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from "react";

/**
 * What the tooltip reads from the page: the name in the chosen script from the province list,
 * the status from the province's label on the map (sent once, as markup, not again as data).
 */
type TipText = { name: string; lang: string; status: string };
type Hover = TipText & { id: string; left: number; top: number; flip: boolean };

function readTipText(root: HTMLElement | null, id: string): TipText | null {
  const first = root?.querySelector(`[data-province-link="${id}"]`)?.firstChild;
  const label = root?.querySelector(`svg.cession-map a[data-province="${id}"]`)?.getAttribute("aria-label");
  if (!first || !label) return null;
  const lang = (first instanceof Element && first.getAttribute("lang")) || "en";
  return { name: first.textContent ?? "", lang, status: label.slice(label.indexOf(": ") + 2) };
}

const ZOOM_MS = 450;
/** Width (px) the tooltip needs to the right of the pointer before it flips to the left. */
const TOOLTIP_ROOM = 280;

function parseBox(s: string): number[] {
  return s.split(" ").map(Number);
}

/**
 * Interaction layer over the server-rendered map: tooltip on hover/focus, arrow keys in the
 * province list, province select that submits on change, and an animated zoom. Everything it
 * enhances also works as plain links and a GET form without JavaScript.
 */
export function MapExplorer({
  ceded,
  announcement,
  selected,
  children,
}: {
  /** The area ceded, by province, where the account cedes any (the one figure the page has not drawn as text). */
  ceded: Record<string, string>;
  announcement: string;
  /** The province in the URL, whose details the page shows. */
  selected?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const wrap = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const hoverId = hover?.id;

  // The highlight is a class on the province's shapes, not a <style> element: the page's policy
  // allows no inline style elements (style-src-elem), and a class needs no selector built from data.
  useEffect(() => {
    const shapes = hoverId
      ? [...(wrap.current?.querySelectorAll<SVGElement>("svg.cession-map [data-province]") ?? [])].filter(
          (el) => el.dataset.province === hoverId,
        )
      : [];
    for (const el of shapes) el.classList.add("prov--hover");
    return () => {
      for (const el of shapes) el.classList.remove("prov--hover");
    };
  }, [hoverId]);

  // After the reader chooses a province (a tap or click on the map, Enter in the list), its details
  // take the focus once they are on the page, so Tab goes on from there and focus never falls to
  // <body> when the view re-renders. The page does not move for it, unless the details would be out
  // of sight; then it scrolls just enough to show their heading.
  useEffect(() => {
    // Kept on <html>: it outlives the navigation, which may remount this island.
    const root = document.documentElement;
    if (!selected || root.getAttribute("data-chosen-province") !== selected) return;
    root.removeAttribute("data-chosen-province");
    const heading = document.querySelector<HTMLElement>("#province-details h2");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    const r = heading.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) heading.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const relative = (clientX: number, clientY: number) => {
    const r = wrap.current?.getBoundingClientRect();
    const left = clientX - (r?.left ?? 0);
    return { left, top: clientY - (r?.top ?? 0), flip: left > (r?.width ?? 0) - TOOLTIP_ROOM };
  };

  const onPointerOver = (e: PointerEvent) => {
    const el = (e.target as Element).closest("[data-province]");
    const id = el?.getAttribute("data-province");
    const text = id ? readTipText(wrap.current, id) : null;
    if (!id || !text) return setHover(null);
    setHover({ id, ...text, ...relative(e.clientX, e.clientY) });
  };

  const onFocus = (e: FocusEvent) => {
    const id = (e.target as Element).closest("[data-province-link]")?.getAttribute("data-province-link");
    const text = id ? readTipText(wrap.current, id) : null;
    const svg = wrap.current?.querySelector<SVGSVGElement>("svg.cession-map");
    const shape = svg?.querySelector<SVGGraphicsElement>(`#prov-${id}`);
    const ctm = svg?.getScreenCTM();
    if (!id || !text || !shape || !ctm) return;
    // Beside the middle of the province's shape.
    const b = shape.getBBox();
    const p = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2).matrixTransform(ctm);
    setHover({ id, ...text, ...relative(p.x, p.y) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const list = (e.target as Element).closest("[data-province-list]");
    if (!list) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a[data-province-link]")];
    const i = links.indexOf(e.target as HTMLAnchorElement);
    if (i < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowRight: i + 1,
      ArrowUp: i - 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: links.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    links[(next + links.length) % links.length]?.focus();
  };

  const onClickCapture = (e: MouseEvent) => {
    const choice = (e.target as Element).closest<HTMLElement>("[data-province-link], a[data-province]");
    if (choice && !e.metaKey && !e.ctrlKey && !e.shiftKey && e.button === 0)
      document.documentElement.setAttribute(
        "data-chosen-province",
        choice.dataset.provinceLink ?? choice.dataset.province ?? "",
      );
    if (keepView(e)) return;
    const link = (e.target as Element).closest<HTMLAnchorElement>("a[data-zoom-box]");
    const svg = wrap.current?.querySelector<SVGSVGElement>("svg.cession-map");
    if (!link || !svg || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    // Stop next/link navigating at once: animate first, then put the new zoom in the URL.
    e.preventDefault();
    const href = link.getAttribute("href") ?? "/map";
    const from = parseBox(svg.getAttribute("viewBox") ?? "");
    const to = parseBox(link.dataset.zoomBox ?? "");
    const scale = wrap.current?.querySelector<HTMLElement>("[data-scale-length]");
    const scaleLen = Number(scale?.dataset.scaleLength ?? 0);
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    let start = -1;
    const step = (now: number) => {
      if (start < 0) start = now;
      const t = reduce ? 1 : Math.min(1, (now - start) / ZOOM_MS);
      const k = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const box = to.map((v, j) => (from[j] ?? v) + (v - (from[j] ?? v)) * k);
      svg.setAttribute("viewBox", box.join(" "));
      if (scale && box[2]) scale.style.width = `${(scaleLen / box[2]) * 100}%`;
      if (t < 1) requestAnimationFrame(step);
      else router.replace(href, { scroll: false });
    };
    requestAnimationFrame(step);
  };

  // Links were drawn by the server before the reader zoomed: carry the zoomed view (set in the URL
  // by the zoom island) into phase, account and province links.
  const keepView = (e: MouseEvent) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[href^="/map"]');
    const here = new URLSearchParams(window.location.search);
    if (!link || link.dataset.zoomBox !== undefined || !here.has("scale") || e.defaultPrevented) return false;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return false;
    const url = new URL(link.href);
    if (url.searchParams.has("scale")) return false;
    url.searchParams.set("center", here.get("center") ?? "");
    url.searchParams.set("scale", here.get("scale") ?? "");
    e.preventDefault();
    router.push(`${url.pathname}${url.search}`, { scroll: false });
    return true;
  };

  const onChange = (e: React.ChangeEvent<HTMLElement>) => {
    const form = (e.target as Element).closest<HTMLFormElement>("form[data-province-form]");
    if (!form) return;
    const q = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === "string" && v) q.set(k, v);
    });
    const s = q.toString();
    router.push(s ? `/map?${s}` : "/map", { scroll: false });
  };

  return (
    <div
      ref={wrap}
      className="map-explorer"
      onPointerOver={onPointerOver}
      onPointerLeave={() => setHover(null)}
      onFocus={onFocus}
      onBlur={() => setHover(null)}
      onKeyDown={onKeyDown}
      onClickCapture={onClickCapture}
      onChange={onChange}
    >
      {children}
      {hover ? (
        <div
          className={`map-tooltip${hover.flip ? " map-tooltip--flip" : ""}`}
          aria-hidden="true"
          style={{ left: hover.left, top: hover.top }}
        >
          <strong lang={hover.lang}>{hover.name}</strong>
          <span>{hover.status}</span>
          {ceded[hover.id] ? <span>{ceded[hover.id]}</span> : null}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
