import {
  announce,
  buildNavTree,
  INITIAL_NAV,
  navigate,
  type NavState,
  seriesIndexAt,
  yearAt,
} from "@/lib/a11y/navigation";
import type { KeyAction } from "@/lib/a11y/keys";
import { SoundController, type SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";

/**
 * What the chart region loads on first use: the navigation tree and the sound, wired to the
 * browser (AudioContext, setTimeout). Kept out of the island that mounts with the page so none
 * of it is in the first load.
 */
export type ChartAccessEngine = {
  sound: SoundController;
  /** Handles a region key; returns false if there was nothing to do. */
  act(action: KeyAction): boolean;
  dispose(): void;
};

export function createEngine(
  input: ChartAccessInput,
  io: { announce: (text: string) => void; onSound: (s: SoundSnapshot) => void },
): ChartAccessEngine {
  const tree = buildNavTree(input);
  let nav: NavState = INITIAL_NAV;
  const sound = new SoundController(input, {
    createContext: () => new AudioContext(),
    after: (ms, fn) => {
      const id = window.setTimeout(fn, ms);
      return () => window.clearTimeout(id);
    },
    announce: io.announce,
    onChange: io.onSound,
  });
  return {
    sound,
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
