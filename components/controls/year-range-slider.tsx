"use client";

import {
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import {
  buildPlayEnd,
  buildPlayStart,
  buildPlayStep,
  buildRangeStep,
  clampRange,
  moveThumb,
  nearerThumb,
  type RangeThumb,
  type YearRange,
  yearAtRatio,
} from "@/lib/controls/range-keys";
import { useViewCarry } from "./use-view-carry";

const TICK_MS = 600;
const REDUCE = "(prefers-reduced-motion: reduce)";
const subscribeMotion = (onChange: () => void) => {
  const query = window.matchMedia(REDUCE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const reducedMotion = () => window.matchMedia(REDUCE).matches;
const serverMotion = () => false;

export type YearRangeSliderProps = {
  from: number;
  to: number;
  domain: YearRange;
  onChange: (range: YearRange) => void;
  /** The visible name of the slider group, e.g. "Years". */
  label: string;
};

/**
 * A two-thumb year range slider (WAI-ARIA multi-thumb slider) with a Play button that steps the
 * end year forward once every TICK_MS from the year after the start to the chosen end year (never
 * past the last year with data), and stops there. With prefers-reduced-motion:
 * reduce nothing advances by itself: the button is "Step a year" and each press moves the end year by one.
 */
export function YearRangeSlider({ from, to, domain, onChange, label }: YearRangeSliderProps) {
  // While a thumb is dragged the slider shows the dragged range and reports it once, on release:
  // a report starts a new view (a new URL, a new page), which would end a slow drag midway.
  const [dragged, setDragged] = useState<YearRange | null>(null);
  const committed = clampRange({ from, to }, domain);
  const range = dragged ?? committed;
  const reduced = useSyncExternalStore(subscribeMotion, reducedMotion, serverMotion);
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  // The end year a running play stops at (the chosen range's end), or null.
  const [playEnd, setPlayEnd] = useViewCarry(label, group);
  const playing = playEnd !== null;
  const track = useRef<HTMLDivElement>(null);
  const thumbs = { from: useRef<HTMLDivElement>(null), to: useRef<HTMLDivElement>(null) };
  const drag = useRef<{ pointer: number; thumb: RangeThumb | null; range: YearRange } | null>(null);

  const apply = (next: YearRange | null) => {
    if (next && (next.from !== committed.from || next.to !== committed.to)) onChange(next);
  };

  const tick = useEffectEvent(() => {
    if (playEnd === null) return;
    const next = buildPlayStep(range, playEnd);
    apply(next);
    if (!next || !buildPlayStep(next, playEnd)) setPlayEnd(null);
  });
  // One tick per shown end year: the next waits until the new range has come back as props.
  useEffect(() => {
    if (!playing || reduced) return;
    const id = setTimeout(tick, TICK_MS);
    return () => clearTimeout(id);
  }, [playing, reduced, range.from, range.to]);

  const onThumbKey = (thumb: RangeThumb) => (e: KeyboardEvent<HTMLDivElement>) => {
    const next = buildRangeStep(range, domain, thumb, e.key);
    if (!next) return;
    e.preventDefault();
    setPlayEnd(null);
    apply(next);
  };

  const yearAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = track.current?.getBoundingClientRect();
    return box && box.width > 0 ? yearAtRatio(domain, (e.clientX - box.left) / box.width) : null;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const year = yearAt(e);
    if (year === null || e.button !== 0) return;
    // No native focus or text selection: the moved thumb takes the focus itself.
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setPlayEnd(null);
    const thumb = nearerThumb(range, year);
    drag.current = { pointer: e.pointerId, thumb, range: thumb ? moveThumb(range, domain, thumb, year) : range };
    thumbs[thumb ?? "to"].current?.focus();
    setDragged(drag.current.range);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    const year = yearAt(e);
    if (!d || d.pointer !== e.pointerId || year === null) return;
    // Thumbs on one year: the direction of the drag says which of them moves.
    d.thumb ??= nearerThumb(d.range, year);
    if (d.thumb) setDragged((d.range = moveThumb(d.range, domain, d.thumb, year)));
  };
  // The release point counts as the drag's last position: a busy browser coalesces pointer
  // moves, so the move to where the finger lifted may never be dispatched on its own.
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    if (e.type === "pointerup") onPointerMove(e);
    drag.current = null;
    setDragged(null);
    if (e.type === "pointerup") apply(d.range);
  };

  const playStart = buildPlayStart(range, domain);
  const onPlay = () => {
    if (reduced || playing || !playStart) setPlayEnd(null);
    // With reduced motion nothing runs by itself: each press moves the end year by one.
    if (reduced) return apply(buildPlayStep(range, domain.to) ?? playStart);
    if (playing || !playStart) return;
    const end = buildPlayEnd(range, domain);
    apply(playStart);
    if (buildPlayStep(playStart, end) !== null) setPlayEnd(end);
  };
  const onGroupKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape" || !playing) return;
    e.preventDefault();
    setPlayEnd(null);
  };

  const span = domain.to - domain.from;
  const pct = (year: number) => (span > 0 ? ((year - domain.from) / span) * 100 : 0);
  const thumb = (which: RangeThumb, name: string) => (
    <div
      ref={thumbs[which]}
      className="year-range__thumb"
      role="slider"
      tabIndex={0}
      data-thumb={which}
      aria-label={`Range ${which === "from" ? "start" : "end"}`}
      aria-valuemin={which === "from" ? domain.from : range.from}
      aria-valuemax={which === "from" ? range.to : domain.to}
      aria-valuenow={range[which]}
      aria-valuetext={`${name} ${range[which]}`}
      style={{ left: `${pct(range[which])}%` }}
      onKeyDown={onThumbKey(which)}
    />
  );

  return (
    <div ref={group} className="year-range" role="group" aria-labelledby={labelId} onKeyDown={onGroupKey}>
      <span id={labelId} className="year-range__label">
        {label}
      </span>
      <span className="year-range__values" aria-hidden="true">
        {range.from}–{range.to}
      </span>
      <div className="year-range__row">
        <div
          ref={track}
          className="year-range__track"
          onPointerDown={onPointerDown}
          onMouseDown={(e) => e.preventDefault()}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          <div
            className="year-range__selected"
            style={{ left: `${pct(range.from)}%`, width: `${pct(range.to) - pct(range.from)}%` }}
          />
          {thumb("from", "From")}
          {thumb("to", "To")}
        </div>
        <button
          type="button"
          className="button button--quiet year-range__play"
          disabled={!playing && !playStart}
          onClick={onPlay}
        >
          {reduced ? "Step a year" : playing ? "Pause" : "Play years"}
        </button>
      </div>
    </div>
  );
}
