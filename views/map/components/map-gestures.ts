import type { Box, Point } from "@/lib/map/model";
import { type MapFrame, panBy, zoomAt } from "@/lib/map/view";

/** What the gestures need from the zoom island: the view now, a way to show a new one, and the hint. */
export type GestureHost = {
  svg: SVGSVGElement;
  box: HTMLElement;
  frame: MapFrame;
  current: () => Box;
  show: (v: Box, say?: string) => void;
  toMap: (clientX: number, clientY: number) => Point;
  /** Starts loading the client layers (on the first intent). */
  load: () => void;
  /** Shows the hint that says how to zoom (null hides it). */
  hint: (text: string | null) => void;
};

const DOUBLE_TAP_MS = 320;
const DOUBLE_TAP_PX = 30;
const STEP = 1.5;
const HINT_MS = 1800;

/**
 * Pointer, wheel and touch gestures over the map, shaped so the map never traps the page:
 * - The wheel scrolls the page unless the reader zooms deliberately: with Ctrl or ⌘ held (a
 *   trackpad pinch arrives as a wheel event with ctrlKey), or after clicking into the map, until
 *   the pointer leaves it. Otherwise a hint says how.
 * - On a touch screen one finger scrolls the page (the map's CSS is `touch-action: pan-x pan-y`);
 *   two fingers pan and zoom the map; a tap selects a province (the link's own click); a double tap
 *   zooms in at that point. A mouse drags the map with one button.
 */
export function attachGestures(h: GestureHost): () => void {
  const { svg, box, frame: f } = h;
  const pointers = new Map<number, Point & { type: string }>();
  let moved = 0;
  let active = false;
  let hintTimer = 0;
  let lastTap = { t: -Infinity, x: 0, y: 0 };

  const flashHint = (text: string) => {
    h.hint(text);
    window.clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => h.hint(null), HINT_MS);
  };

  const onWheel = (e: WheelEvent) => {
    if (!(active || e.ctrlKey || e.metaKey)) {
      flashHint("Hold Ctrl (⌘ on a Mac) and scroll to zoom the map, or click the map first");
      return;
    }
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    // A trackpad pinch sends small steps with ctrlKey; a mouse wheel with Ctrl held sends notches of ~100.
    const delta = e.deltaY * unit;
    const factor = Math.exp(-delta * (e.ctrlKey && Math.abs(delta) < 50 ? 0.01 : 0.002));
    h.show(zoomAt(h.current(), f, factor, h.toMap(e.clientX, e.clientY)));
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === "mouse" && e.button !== 0) return;
    if (e.pointerType === "mouse") active = true;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, type: e.pointerType });
    if (pointers.size === 1) moved = 0;
    h.load();
  };
  const onPointerMove = (e: PointerEvent) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const next = { x: e.clientX, y: e.clientY, type: e.pointerType };
    const r = svg.getBoundingClientRect();
    const v = h.current();
    if (pointers.size === 1 && e.pointerType !== "touch") {
      const dx = next.x - prev.x;
      const dy = next.y - prev.y;
      moved += Math.abs(dx) + Math.abs(dy);
      if (moved > 4) {
        if (!svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
        h.show(panBy(v, f, (-dx / r.width) * v.width, (-dy / r.height) * v.height));
      }
    } else if (pointers.size === 1) {
      moved += Math.abs(next.x - prev.x) + Math.abs(next.y - prev.y);
    } else if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(next.x - other.x, next.y - other.y);
        // The midpoint moves by half this finger's step: the map follows it (two-finger pan).
        const dx = (next.x - prev.x) / 2;
        const dy = (next.y - prev.y) / 2;
        moved += Math.abs(after - before) + Math.abs(dx) + Math.abs(dy);
        const panned = panBy(v, f, (-dx / r.width) * v.width, (-dy / r.height) * v.height);
        const mid = h.toMap((next.x + other.x) / 2, (next.y + other.y) / 2);
        h.show(before > 0 ? zoomAt(panned, f, after / before, mid) : panned);
      }
    }
    pointers.set(e.pointerId, next);
  };
  const onPointerUp = (e: PointerEvent) => {
    const p = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    if (!p || e.type !== "pointerup" || p.type !== "touch" || moved > 8 || pointers.size > 0) return;
    const now = e.timeStamp;
    if (now - lastTap.t < DOUBLE_TAP_MS && Math.hypot(e.clientX - lastTap.x, e.clientY - lastTap.y) < DOUBLE_TAP_PX) {
      lastTap = { t: -Infinity, x: 0, y: 0 };
      h.show(zoomAt(h.current(), f, STEP, h.toMap(e.clientX, e.clientY)), "Zoomed in");
    } else lastTap = { t: now, x: e.clientX, y: e.clientY };
  };
  // A drag that ends over a province must not select it; nor may the second tap of a double tap.
  const onClick = (e: MouseEvent) => {
    if (moved > 4 || e.detail > 1) {
      e.preventDefault();
      e.stopPropagation();
    }
    moved = 0;
  };
  // Two fingers belong to the map: the page neither scrolls nor zooms under them.
  const onTouch = (e: TouchEvent) => {
    if (e.touches.length >= 2) e.preventDefault();
  };
  let swipeHinted = false;
  const onTouchMove = (e: TouchEvent) => {
    if (e.touches.length >= 2) return e.preventDefault();
    if (!swipeHinted) {
      swipeHinted = true;
      flashHint("Use two fingers to move or zoom the map; double-tap to zoom in");
    }
  };
  const onLeave = () => {
    active = false;
  };

  svg.addEventListener("wheel", onWheel, { passive: false });
  svg.addEventListener("pointerdown", onPointerDown);
  svg.addEventListener("pointermove", onPointerMove);
  svg.addEventListener("pointerup", onPointerUp);
  svg.addEventListener("pointercancel", onPointerUp);
  svg.addEventListener("click", onClick, true);
  svg.addEventListener("touchstart", onTouch, { passive: false });
  svg.addEventListener("touchmove", onTouchMove, { passive: false });
  box.addEventListener("pointerleave", onLeave);
  return () => {
    window.clearTimeout(hintTimer);
    svg.removeEventListener("wheel", onWheel);
    svg.removeEventListener("pointerdown", onPointerDown);
    svg.removeEventListener("pointermove", onPointerMove);
    svg.removeEventListener("pointerup", onPointerUp);
    svg.removeEventListener("pointercancel", onPointerUp);
    svg.removeEventListener("click", onClick, true);
    svg.removeEventListener("touchstart", onTouch);
    svg.removeEventListener("touchmove", onTouchMove);
    box.removeEventListener("pointerleave", onLeave);
  };
}
