"use client";

import { type ComponentType, type PointerEvent, useCallback, useEffect, useRef, useState } from "react";
import { type StaticTipState, readTip } from "./static-tip";

/**
 * Loads a heavy chart module and shows it on intent: the pointer entering the chart, a tap, or
 * `now` (e.g. the reader changed the view). The module itself is fetched once the page is idle,
 * so intent only runs it; until it is drawn the static SVG is the chart, and it answers the
 * first pointer move or tap itself (`tip`, from its marks). `initial` is where the reader first
 * pointed, for the loaded chart to keep its tooltip there.
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

export function useIntentLoad<P>(load: () => Promise<ComponentType<P>>, now = false) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(
    () => (loadedCharts.get(load) as ComponentType<P> | undefined) ?? null,
  );
  const [tip, setTip] = useState<StaticTipState | null>(null);
  const [initial, setInitial] = useState<StaticTipState | null>(null);
  const started = useRef(Loaded !== null);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    void fetchOnce(load).then((c) => {
      loadedCharts.set(load, c as ComponentType<never>);
      setLoaded(() => c);
    });
  }, [load]);
  useEffect(() => {
    if (now) start();
  }, [now, start]);
  useEffect(() => {
    if (started.current) return;
    const id = window.requestIdleCallback(() => void fetchOnce(load), { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }, [load]);
  const point = (e: PointerEvent<HTMLElement>) => {
    const t = readTip(e);
    setTip(t);
    // Kept for the loaded chart: its tooltip opens where the static one was.
    if (t) setInitial(t);
    start();
  };
  const handlers = {
    onPointerMove: point,
    onPointerDown: point,
    onPointerLeave: () => setTip(null),
    onPointerEnter: start,
    onTouchStart: start,
  };
  return { Loaded, tip: Loaded ? null : tip, initial, handlers };
}
