"use client";

import { type ReactNode, createContext, createElement, useState } from "react";
import type { RangeThumb } from "@/lib/controls/range-keys";

/**
 * Each view is its own cached page, so a new URL mounts the settings anew. What one page hands
 * on to the next page of the same view: the change not yet in the URL, its timer and the control
 * to focus (use-url-state.ts), and a year slider's focused thumb and running play
 * (use-view-carry.ts). It lives with the root layout, which stays mounted across those pages.
 */
type Handover = {
  timer: ReturnType<typeof setTimeout> | null;
  focus: string | null;
  latest: { path: string; search: string; state: unknown } | null;
  slider: { label: string; focus: RangeThumb | null; playing: number | null } | null;
};
/** Read and written through calls, not assignments: React treats values from context as immutable. */
type HandoverSlots = {
  get<K extends keyof Handover>(key: K): Handover[K];
  set<K extends keyof Handover>(key: K, value: Handover[K]): void;
};
export const HandoverContext = createContext<HandoverSlots | null>(null);

/** Rendered once by the root layout (app/layout.tsx) around every page; kept apart from the hook so every page's first load carries only this. */
export function UrlStateHandover({ children }: { children: ReactNode }) {
  const [slots] = useState<HandoverSlots>(() => {
    const held: Handover = { timer: null, focus: null, latest: null, slider: null };
    return { get: (key) => held[key], set: (key, value) => void (held[key] = value) };
  });
  return createElement(HandoverContext, { value: slots }, children);
}
