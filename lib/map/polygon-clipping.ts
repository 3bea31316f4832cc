import * as ns from "polygon-clipping";

// The package's ESM build has a single default export while its type declarations list named
// functions; bundlers and Node disagree on which shape they hand over, so accept both.
const lib = ((ns as unknown as { default?: typeof ns }).default ?? ns) as typeof ns;

export const union: typeof ns.union = (...args) => lib.union(...args);
export const intersection: typeof ns.intersection = (...args) => lib.intersection(...args);
