"use client";

import {
  type ComponentType,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { type StaticTipState, clearTip, readTip, showTip } from "./static-tip";

/**
 * Loads a heavy chart module and shows it on intent: the pointer entering the chart, a tap, or
 * `now` (e.g. the reader changed the view). The module itself is fetched once the page is idle,
 * so intent only runs it; until it is drawn the static SVG is the chart, and it answers the
 * first pointer move or tap itself (static-tip.ts, from its marks). `initial` is where the
 * reader last pointed when the chart was started, for the loaded chart to open its tooltip there.
 */
// Charts already loaded in this page session. Each view is its own cached page, so a change
// of view mounts the page's islands anew; a chart the reader already brought up must come
// back at once (rendered once), not fall back to the static SVG and wait for intent again.
const loadedCharts = new Map<unknown, ComponentType<never>>();
const fetched = new Map<unknown, Promise<unknown>>();
const fetchOnce = <T>(load: () => Promise<T>): Promise<T> => {
  if (!fetched.has(load)) fetched.set(load, load());
  return fetched.get(load) as Promise<T>;
};

/** The interactive chart is on screen (recharts-chart.tsx marks its root). */
const drawn = (host: HTMLElement) => host.querySelector('[data-chart$="-interactive"]') !== null;

export function useIntentLoad<P>(load: () => Promise<ComponentType<P>>, now = false) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(
    () => (loadedCharts.get(load) as ComponentType<P> | undefined) ?? null,
  );
  const [initial, setInitial] = useState<StaticTipState | null>(null);
  const started = useRef(Loaded !== null);
  const last = useRef<StaticTipState | null>(null);
  const host = useRef<HTMLElement | null>(null);
  const run = useCallback(() => {
    void fetchOnce(load).then((c) => {
      loadedCharts.set(load, c as ComponentType<never>);
      // Not a transition: Recharts' store updates render it synchronously anyway, and as a
      // transition the chart took longer (about 300–500 ms of main thread against 200 ms).
      setInitial(last.current);
      setLoaded(() => c);
    });
  }, [load]);
  /**
   * On a gesture, the chart starts only once the frame that paints the static tip of
   * the same gesture has been presented. (Started in the same task, the chart, whose module is
   * already fetched, rendered before the tip was ever painted: 150–250 ms at full speed.)
   */
  const startAfterPaint = useCallback(() => {
    if (started.current) return;
    started.current = true;
    // Two frames: the tip's frame is presented and the next one begun before the chart's long task.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run, 0)));
  }, [run]);
  useEffect(() => {
    if (!now || started.current) return;
    started.current = true;
    run();
  }, [now, run]);
  useEffect(() => {
    if (started.current) return;
    const id = window.requestIdleCallback(() => void fetchOnce(load), { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }, [load]);
  // The static tip leaves when the interactive chart is drawn (on /region only once its
  // rows have arrived), whose tooltip opens at the same year.
  useLayoutEffect(() => {
    const el = host.current;
    if (!Loaded || !el) return;
    if (drawn(el)) return clearTip(el);
    const watch = new MutationObserver(() => {
      if (!drawn(el)) return;
      watch.disconnect();
      clearTip(el);
    });
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [Loaded]);
  const point = (e: PointerEvent<HTMLElement>) => {
    const el = e.currentTarget;
    host.current = el;
    startAfterPaint();
    if (drawn(el)) return clearTip(el);
    const t = readTip(el, e.clientX, e.clientY);
    showTip(el, t);
    if (t) last.current = t;
  };
  const handlers = {
    onPointerMove: point,
    onPointerDown: point,
    // A finger leaves as it lifts: a tapped year's tip stays until the next tap.
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType !== "touch") clearTip(e.currentTarget);
    },
    onPointerEnter: startAfterPaint,
    onTouchStart: startAfterPaint,
  };
  return { Loaded, initial, handlers };
}
