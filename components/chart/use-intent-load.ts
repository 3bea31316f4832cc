"use client";

import { type ComponentType, type FocusEvent, useCallback, useEffect, useRef, useState } from "react";

/**
 * Loads a heavy chart module on intent: the pointer entering the chart, focus reaching
 * it, a tap, or `now` (e.g. the reader changed the view). Until then nothing of it is
 * fetched or run and the static SVG is the chart. `focused` tells the loaded chart to
 * take the focus, so a keyboard user lands in it.
 */
export function useIntentLoad<P>(load: () => Promise<ComponentType<P>>, now = false) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [focused, setFocused] = useState(false);
  const started = useRef(false);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    load().then((c) => setLoaded(() => c));
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
