import { paintFor } from "@/lib/chart/palette";
import { THEME } from "@/lib/chart/theme";

/** Press figures are diamonds, as in the static chart and the legend, so they never read as part of a line. */
export function Diamond({ cx, cy, color, size = 5 }: { cx?: number; cy?: number; color: string; size?: number }) {
  if (cx === undefined || cy === undefined || Number.isNaN(cy)) return <g />;
  return (
    <rect
      x={cx - size}
      y={cy - size}
      width={size * 2}
      height={size * 2}
      transform={`rotate(45 ${cx} ${cy})`}
      fill={color}
      stroke={paintFor(THEME.color.background, "page")}
      strokeWidth={THEME.stroke.pointOutline}
      className="press-point"
    />
  );
}
