"use client";

import { useSyncExternalStore } from "react";
import { type EffectiveTheme, readEffectiveTheme, storeTheme } from "@/lib/theme/stored-theme";

const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener("change", onChange);
  };
}
// The server does not know the reader's theme: the button renders unpressed and disabled until hydrated.
const serverTheme = (): EffectiveTheme | null => null;

/** The header's dark theme switch: remembered in this browser, applied before first paint on the next load. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<EffectiveTheme | null>(subscribe, readEffectiveTheme, serverTheme);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === null ? undefined : dark}
      disabled={theme === null}
      onClick={() => {
        storeTheme(dark ? "light" : "dark");
        listeners.forEach((l) => l());
      }}
    >
      <span aria-hidden="true" className="theme-toggle__icon">
        {dark ? "☾" : "☀"}
      </span>{" "}
      Dark theme
    </button>
  );
}
