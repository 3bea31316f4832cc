import {
  announce,
  buildNavTree,
  INITIAL_NAV,
  navigate,
  type NavState,
  seriesIndexAt,
  yearAt,
} from "@/lib/a11y/navigation";
import { type KeyAction, keyAction } from "@/lib/a11y/keys";
import { SoundController, type SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";

export { default as KeyboardHelp } from "./keyboard-help";
export { default as SoundPanel } from "./sound-panel";

/**
 * What the chart region loads on first use: the navigation tree and the sound, wired to the
 * browser (AudioContext, setTimeout). Kept out of the island that mounts with the page so none
 * of it is in the first load.
 */
export type ChartAccessEngine = {
  input: ChartAccessInput;
  sound: SoundController;
  /** "Play as sound" pressed; `first` when it opens the sound controls. */
  playClicked(first: boolean): void;
  /** Handles a region key; returns false if there was nothing to do. */
  act(action: KeyAction): boolean;
  /** Handles a key pressed on the region (no modifiers); says which panel it opens, if any. */
  key(key: string): "help" | "sound" | null;
  dispose(): void;
};

export function createEngine(
  input: ChartAccessInput,
  io: { announce: (text: string) => void; onSound: (s: SoundSnapshot) => void },
): ChartAccessEngine {
  const tree = buildNavTree(input);
  let nav: NavState = INITIAL_NAV;
  const sound = new SoundController(input, {
    createContext: () => {
      const ctx = new AudioContext();
      // Created after the series load, a moment after the click: resume in case the browser started it suspended.
      void ctx.resume?.();
      return ctx;
    },
    after: (ms, fn) => {
      const id = window.setTimeout(fn, ms);
      return () => window.clearTimeout(id);
    },
    announce: io.announce,
    onChange: io.onSound,
  });
  return {
    input,
    sound,
    playClicked(first) {
      // A reader who asked for reduced motion gets the controls and step mode, never sound that runs on by itself.
      if (first && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
        io.announce("Sound controls open. Reduced motion is set, so nothing plays on its own: use Next year, or Play.");
        return;
      }
      sound.togglePlay();
    },
    key(key) {
      const action = keyAction(key, { ctrl: false, alt: false, meta: false });
      if (!action || action.kind === "stop") return null;
      if (action.kind === "help") return "help";
      this.act(action);
      return action.kind === "play-pause" || action.kind === "hear-year" ? "sound" : null;
    },
    act(action) {
      switch (action.kind) {
        case "nav": {
          const next = navigate(tree, nav, action.key);
          io.announce(announce(tree, nav, next));
          nav = next;
          const s = seriesIndexAt(nav);
          if (s !== null) sound.selectSeries(s, true);
          return true;
        }
        case "play-pause":
          // The intro spoken on play names the series, so the choice is announced there.
          sound.selectSeries(seriesIndexAt(nav) ?? 0, true);
          sound.togglePlay();
          return true;
        case "hear-year": {
          const s = seriesIndexAt(nav);
          const year = yearAt(tree, nav);
          if (s === null || year === null) {
            io.announce("Go down to a year to hear it: Down arrow three times from the chart.");
            return true;
          }
          sound.hearYear(s, year);
          return true;
        }
        case "stop":
          sound.stop();
          return true;
        case "slower":
          sound.shiftSpeed(-1);
          return true;
        case "faster":
          sound.shiftSpeed(1);
          return true;
        case "help":
          return false;
      }
    },
    dispose: () => sound.dispose(),
  };
}
