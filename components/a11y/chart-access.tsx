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
import type { SoundSnapshot } from "@/lib/a11y/sound-controller";
import type { ChartAccessInput } from "@/lib/a11y/types";
import type { ChartAccessEngine } from "./chart-access-engine";
import "./chart-access.css";

export const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]);
// One chunk holds everything loaded on first use: the engine, the key list and the sound controls.
const loadEngine = () => import("./chart-access-engine");
const KeyboardHelp = lazy(() => loadEngine().then((m) => ({ default: m.KeyboardHelp })));
const SoundPanel = lazy(() => loadEngine().then((m) => ({ default: m.SoundPanel })));

type Props = {
  /** Names the region for screen readers (the tree's first node names the view in full). */
  label: string;
  /** The series of the view on screen, built on first use from the rows the page already holds. */
  getInput: () => Promise<ChartAccessInput>;
  /** Changes when the view does: the tree and the sound are then built anew. */
  viewKey: string;
  children?: ReactNode;
};

/**
 * Wraps a chart (server-rendered SVG or the interactive chart: `children` is passed through
 * untouched) with keyboard navigation, sound and the keys help. Only this small island mounts
 * with the page; the series, the tree, the audio and the panels load on the first focus, key
 * or click, so nothing of the data crosses to the browser a second time.
 */
export function ChartAccess({ label, getInput, viewKey, children }: Props) {
  const id = useId();
  const helpButton = useRef<HTMLButtonElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [soundOpen, setSoundOpen] = useState(false);
  // The loaded engine with its series, and the sound's state (which series, playing or not, speed).
  const [ready, setReady] = useState<ChartAccessEngine | null>(null);
  const [sound, setSound] = useState<SoundSnapshot | null>(null);
  // Alternating a trailing no-break space makes a repeated message a change the live region reads.
  const [message, setMessage] = useState({ text: "", flip: false });
  const say = useCallback((text: string) => setMessage((m) => ({ text, flip: !m.flip })), []);

  const getInputRef = useRef(getInput);
  useEffect(() => {
    getInputRef.current = getInput;
  });
  const pending = useRef<Promise<ChartAccessEngine | null> | null>(null);
  // Loads the engine and the view's series once per view; a failure (e.g. offline) is said, and the next key retries.
  const load = useCallback(() => {
    const p = (pending.current ??= Promise.all([loadEngine(), getInputRef.current()]).then(
      ([m, input]) => {
        const engine = m.createEngine(input, { announce: say, onSound: setSound });
        if (pending.current !== p) return null; // the view changed meanwhile
        setReady(engine);
        return engine;
      },
      () => {
        pending.current = null;
        say("The chart's series could not be loaded. Try again, or read the table below the chart.");
        return null;
      },
    ));
    return p;
  }, [say]);

  useEffect(
    () => () => {
      void pending.current?.then((e) => e?.dispose());
      pending.current = null;
      setReady(null);
      setSound(null);
      setSoundOpen(false);
    },
    [viewKey],
  );

  const closeHelp = () => {
    setHelpOpen(false);
    helpButton.current?.focus();
  };

  // Escape anywhere in the chart block (region, sound controls, help) stops the sound and closes the help.
  const onBlockKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    if (helpOpen) closeHelp();
    ready?.sound.stop();
  };

  const onRegionKey = async (e: KeyboardEvent) => {
    // Keys pressed inside the chart (the interactive chart's own tooltip keys) stay the chart's,
    // and shortcuts and Escape (handled by the block) stay the browser's.
    if (e.target !== e.currentTarget || e.ctrlKey || e.altKey || e.metaKey || e.key === "Escape") return;
    // The key map loads with the engine (lib/a11y/keys.ts); only the keys that would scroll the page are known here.
    if (SCROLL_KEYS.has(e.key)) e.preventDefault();
    const opened = (await load())?.key(e.key);
    if (opened === "help") setHelpOpen(true);
    if (opened === "sound") setSoundOpen(true);
  };

  const onPlayClick = async () => {
    const engine = await load();
    setSoundOpen(true);
    engine?.playClicked(!soundOpen);
  };

  // The tools sit under the figure: on a phone the figure comes first.
  return (
    <div className="chart-access" onKeyDown={onBlockKey}>
      <div
        className="chart-access__region"
        role="application"
        aria-roledescription="chart"
        aria-label={`${label}. Press Down arrow to explore by series, decade and year, P to play as sound, question mark for all keys.`}
        tabIndex={0}
        onFocus={(e) => {
          if (e.target === e.currentTarget) void load();
        }}
        onKeyDown={onRegionKey}
      >
        {children}
        {/* What the arrow keys reached, on screen as well as announced: shown while the chart has the focus. */}
        {message.text !== "" && (
          <p className="chart-readout" data-chart-readout="" aria-hidden="true">
            {message.text}
          </p>
        )}
      </div>
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
      {helpOpen && (
        <Suspense fallback={<p id={`${id}-help`}>Loading the key list…</p>}>
          <KeyboardHelp id={`${id}-help`} onClose={closeHelp} />
        </Suspense>
      )}
      {soundOpen && ready && (
        <Suspense fallback={null}>
          <SoundPanel input={ready.input} sound={ready.sound} snapshot={sound ?? ready.sound.snapshot} />
        </Suspense>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-chart-announcer="">
        {message.text}
        {message.flip ? "\u00a0" : ""}
      </p>
    </div>
  );
}
