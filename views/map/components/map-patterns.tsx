/** Hatching so that status is not told by colour alone (also used by the legend swatches). */
export function MapPatterns() {
  return (
    <defs>
      <pattern id="hatch-ceded" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
        <rect width="7" height="7" fill="var(--map-ceded-stripe)" />
        <rect width="3" height="7" fill="var(--map-ceded)" />
      </pattern>
      {/* Dots, not stripes: a disputed province can also be partly ceded (striped). */}
      <pattern id="hatch-disputed" patternUnits="userSpaceOnUse" width="8" height="8">
        <circle cx="2" cy="2" r="1.7" fill="var(--map-disputed)" />
        <circle cx="6" cy="6" r="1.7" fill="var(--map-disputed)" />
      </pattern>
    </defs>
  );
}
