"use client";

import dynamic from "next/dynamic";
import type { AidChartProps } from "./aid-chart-interactive";

// Recharts is loaded only after the page has rendered: the static SVG already fills
// the reserved box, so nothing moves when the interactive chart takes over.
const AidChartInteractive = dynamic(() => import("./aid-chart-interactive").then((m) => m.AidChartInteractive), {
  ssr: false,
  loading: () => null,
});

export function AidChartLoader(props: AidChartProps) {
  return <AidChartInteractive {...props} />;
}
