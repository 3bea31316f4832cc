"use client";

import {
  lazy,
  type KeyboardEvent,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { keyAction } from "@/lib/a11y/keys";
import type { SoundController, SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";
import type { ChartAccessEngine } from "./chart-access-engine";
import "./chart-access.css";

const KeyboardHelp = lazy(() => import("./keyboard-help"));
const SoundPanel = lazy(() => import("./sound-panel"));

/**
 * Wraps a chart (server-rendered SVG or the interactive chart: `children` is passed through
 * untouched) with keyboard navigation, sound and the keys help. Only this small island mounts
 * with the page; the tree, the audio and the panels load on the first focus, key or click.
 */
export function ChartAccess({ input, children }: { input: ChartAccessInput; children?: ReactNode }) {
  const id = useId();
  const helpButton = useRef<HTMLButtonElement>(null);
  const engine = useRef<ChartAccessEngine | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [sound, setSound] = useState<SoundSnapshot | null>(null);
  const [soundOpen, setSoundOpen] = useState(false);
  const [controller, setController] = useState<SoundController | null>(null);
  // Alternating a trailing no-break space makes a repeated message a change the live region reads.
  const [message, setMessage] = useState({ text: "", flip: false });
  const say = useCallback((text: string) => setMessage((m) => ({ text, flip: !m.flip })), []);

  const load = useCallback(async () => {
    if (!engine.current) {
      const { createEngine } = await import("./chart-access-engine");
      engine.current ??= createEngine(input, { announce: say, onSound: setSound });
      setController(engine.current.sound);
    }
    return engine.current;
  }, [input, say]);

  useEffect(
    () => () => {
      engine.current?.dispose();
      engine.current = null;
    },
    [input],
  );

  const closeHelp = () => {
    setHelpOpen(false);
    helpButton.current?.focus();
  };

  // Escape anywhere in the chart block (region, sound controls, help) stops the sound and closes the help.
  const onBlockKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    if (helpOpen) closeHelp();
    engine.current?.sound.stop();
  };

  const onRegionKey = async (e: KeyboardEvent) => {
    const action = keyAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey });
    if (!action || action.kind === "stop") return; // Escape is handled by the block
    e.preventDefault();
    if (action.kind === "help") {
      setHelpOpen(true);
      return;
    }
    const eng = await load();
    if (action.kind === "play-pause" || action.kind === "hear-year") setSoundOpen(true);
    eng.act(action);
  };

  const onPlayClick = async () => {
    const eng = await load();
    const first = !soundOpen;
    setSoundOpen(true);
    // A reader who asked for reduced motion gets the controls and step mode, never sound that runs on by itself.
    if (first && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      say("Sound controls open. Reduced motion is set, so nothing plays on its own: use Next year, or Play.");
      return;
    }
    eng.sound.togglePlay();
  };

  return (
    <div className="chart-access" onKeyDown={onBlockKey}>
      <div className="chart-access__toolbar">
        <button
          type="button"
          className="chart-access__button"
          onClick={onPlayClick}
          aria-pressed={sound?.status === "playing"}
        >
          Play as sound
        </button>
        <button
          ref={helpButton}
          type="button"
          className="chart-access__button"
          aria-expanded={helpOpen}
          aria-controls={`${id}-help`}
          onClick={() => setHelpOpen((o) => !o)}
        >
          Keyboard and sound
        </button>
      </div>
      {helpOpen ? (
        <Suspense fallback={<p id={`${id}-help`}>Loading the key list…</p>}>
          <KeyboardHelp id={`${id}-help`} onClose={closeHelp} />
        </Suspense>
      ) : null}
      {soundOpen && controller ? (
        <Suspense fallback={null}>
          <SoundPanel input={input} sound={controller} snapshot={sound ?? controller.snapshot} />
        </Suspense>
      ) : null}
      <div
        className="chart-access__region"
        role="application"
        aria-roledescription="chart"
        aria-label={`${input.label}. Press Down arrow to explore by series, decade and year, P to play as sound, question mark for all keys.`}
        tabIndex={0}
        onFocus={() => void load()}
        onKeyDown={onRegionKey}
      >
        {children}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-chart-announcer="">
        {message.text}
        {message.flip ? "\u00a0" : ""}
      </p>
    </div>
  );
}
