"use client";

import { type ComponentType, type FocusEvent, useCallback, useEffect, useRef, useState } from "react";

/**
 * Loads a heavy chart module on intent: the pointer entering the chart, focus reaching
 * it, a tap, or `now` (e.g. the reader changed the view). Until then nothing of it is
 * fetched or run and the static SVG is the chart. `focused` tells the loaded chart to
 * take the focus, so a keyboard user lands in it.
 */
// Charts already loaded in this page session. Each view is its own cached page, so a change
// of view mounts the page's islands anew; a chart the reader already brought up must come
// back at once (rendered once), not fall back to the static SVG and wait for intent again.
const loadedCharts = new Map<unknown, ComponentType<never>>();

export function useIntentLoad<P>(load: () => Promise<ComponentType<P>>, now = false) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(
    () => (loadedCharts.get(load) as ComponentType<P> | undefined) ?? null,
  );
  const [focused, setFocused] = useState(false);
  const started = useRef(Loaded !== null);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    load().then((c) => {
      loadedCharts.set(load, c as ComponentType<never>);
      setLoaded(() => c);
    });
  }, [load]);
  useEffect(() => {
    if (now) start();
  }, [now, start]);
  const handlers = {
    onPointerEnter: start,
    onTouchStart: start,
    onFocus: (e: FocusEvent) => {
      if (started.current) return;
      setFocused(e.target instanceof HTMLElement && e.target.classList.contains("chart-box"));
      start();
    },
  };
  return { Loaded, focused, handlers };
}
