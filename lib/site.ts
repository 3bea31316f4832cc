/** Site-wide constants. The views, and the navigation made from them, are in views/registry.ts. */
export const SITE = {
  name: "Cambodia–Japan Relations in Data",
  shortName: "Cambodia–Japan",
  description:
    "Bilateral trade since 1960, Japan's aid, four centuries of history and the 1941 territorial map — every figure with its source.",
} as const;

export type NavItem = { href: string; label: string };
