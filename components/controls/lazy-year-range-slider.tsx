"use client";

import { useEffect, useState } from "react";
import type { YearRangeSlider as Slider, YearRangeSliderProps } from "./year-range-slider";
import "./year-range-slider.css";

let loaded: typeof Slider | null = null;
const load = () => import("./year-range-slider").then((m) => (loaded = m.YearRangeSlider));

/**
 * The year range slider, fetched once the page is interactive so that it is not part of the
 * first load. Its thumbs work only with JavaScript (the form's year selects do without), so the
 * server sends a placeholder of the same size and the slider appears without moving the page.
 * Once fetched, the next views' sliders render at once.
 */
export function LazyYearRangeSlider(props: YearRangeSliderProps) {
  const [Loaded, setLoaded] = useState(() => loaded);
  useEffect(() => {
    if (!Loaded) void load().then((c) => setLoaded(() => c));
  }, [Loaded]);
  return Loaded ? <Loaded {...props} /> : <div className="year-range year-range--placeholder" aria-hidden="true" />;
}
