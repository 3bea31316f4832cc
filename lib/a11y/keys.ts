import type { NavKey } from "./navigation";

/**
 * Every key the chart region answers to, with the words the help popover shows. The region's
 * key handler reads `keyAction`, and the help lists `CHART_KEYS`, so the two cannot drift apart.
 */
export type KeyAction =
  | { kind: "nav"; key: NavKey }
  | { kind: "play-pause" }
  | { kind: "stop" }
  | { kind: "hear-year" }
  | { kind: "slower" }
  | { kind: "faster" }
  | { kind: "help" };

export type KeyHelp = { keys: readonly string[]; names: string; does: string; action: KeyAction };

export const CHART_KEYS: readonly KeyHelp[] = [
  {
    keys: ["ArrowDown"],
    names: "Down arrow",
    does: "Go into the next level: series, then decade, then year",
    action: { kind: "nav", key: "ArrowDown" },
  },
  {
    keys: ["ArrowUp"],
    names: "Up arrow",
    does: "Go back up a level, to the chart summary at the top",
    action: { kind: "nav", key: "ArrowUp" },
  },
  {
    keys: ["ArrowLeft"],
    names: "Left arrow",
    does: "Previous series, decade or year",
    action: { kind: "nav", key: "ArrowLeft" },
  },
  {
    keys: ["ArrowRight"],
    names: "Right arrow",
    does: "Next series, decade or year",
    action: { kind: "nav", key: "ArrowRight" },
  },
  { keys: ["Home"], names: "Home", does: "First item at this level", action: { kind: "nav", key: "Home" } },
  { keys: ["End"], names: "End", does: "Last item at this level", action: { kind: "nav", key: "End" } },
  {
    keys: ["p", "P"],
    names: "P",
    does: "Play the current series as sound, or pause it",
    action: { kind: "play-pause" },
  },
  {
    keys: ["Enter"],
    names: "Enter",
    does: "On a year: hear that year's note and value (step mode)",
    action: { kind: "hear-year" },
  },
  { keys: ["Escape"], names: "Escape", does: "Stop the sound; close this help", action: { kind: "stop" } },
  { keys: ["-", "_"], names: "Minus", does: "Play slower", action: { kind: "slower" } },
  { keys: ["+", "="], names: "Plus", does: "Play faster", action: { kind: "faster" } },
  { keys: ["?"], names: "Question mark", does: "Open this help", action: { kind: "help" } },
];

const BY_KEY = new Map(CHART_KEYS.flatMap((k) => k.keys.map((key) => [key, k.action] as const)));

/** The action for a KeyboardEvent.key, or null to let the browser handle it (Tab, shortcuts…). */
export function keyAction(key: string, modifiers: { ctrl: boolean; alt: boolean; meta: boolean }): KeyAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return BY_KEY.get(key) ?? null;
}
