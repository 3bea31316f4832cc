"use client";

import { type RefObject, use, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RangeThumb } from "@/lib/controls/range-keys";
import { HandoverContext } from "./url-state-handover";

/**
 * Each view of a route is its own cached page, so a change that reaches the URL mounts the
 * controls anew. The focused thumb and a running play carry over to the next slider with the
 * same label if it mounts soon after (the new view); otherwise they are forgotten. They are
 * handed on through the root layout's handover (url-state-handover.ts).
 */
const CARRY_MS = 1000;

const thumbOf = (el: HTMLElement | null, active: Element | null): RangeThumb | null => {
  const thumb = active instanceof HTMLElement && el?.contains(active) ? active.dataset.thumb : undefined;
  return thumb === "from" || thumb === "to" ? thumb : null;
};

/**
 * The play state of a slider (the end year a running play stops at, or null), handed on to the next view's slider together with the focused
 * thumb, and taken from the last. Taken in an effect, not during render: the old slider leaves
 * in the same commit in which the new one arrives, after the new one has rendered. The setter
 * notes the state at once, so a stop in the very change that mounts the next view is not lost.
 */
export function useViewCarry(label: string, group: RefObject<HTMLElement | null>) {
  const handover = use(HandoverContext);
  if (!handover) throw new Error("useViewCarry needs <UrlStateHandover> above it (app/layout.tsx)");
  const [playing, setState] = useState<number | null>(null);
  const live = useRef({ playing });
  const setPlaying = useCallback((on: number | null) => {
    live.current.playing = on;
    setState(on);
  }, []);

  useEffect(() => {
    const carry = handover.get("slider");
    const taken = carry?.label === label ? carry : null;
    handover.set("slider", null);
    // The carry exists only once the old slider has left, after this one rendered: one extra render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (taken && taken.playing !== null) setPlaying(taken.playing);
    const focus = taken?.focus;
    const active = document.activeElement;
    if (focus && (!active || active === document.body)) {
      group.current?.querySelector<HTMLElement>(`[data-thumb="${focus}"]`)?.focus();
    }
    // Mount only: what the previous view handed on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A layout cleanup runs before the slider leaves the document, so the focused thumb is still known.
  useLayoutEffect(() => {
    const el = group.current;
    const state = live.current;
    return () => {
      const focus = thumbOf(el, document.activeElement);
      if (state.playing === null && !focus) return;
      const mine = { label, focus, playing: state.playing };
      handover.set("slider", mine);
      setTimeout(() => {
        if (handover.get("slider") === mine) handover.set("slider", null);
      }, CARRY_MS);
    };
  }, [handover, label, group]);

  return [playing, setPlaying] as const;
}
