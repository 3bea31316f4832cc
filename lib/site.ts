/** Site-wide constants. Views are listed here once; the header nav and the sitemap read them. */
export const SITE = {
  name: "Cambodia–Japan Relations in Data",
  shortName: "Cambodia–Japan",
  description:
    "Bilateral trade since 1960, Japan's aid, four centuries of history and the 1941 territorial map — every figure with its source.",
} as const;

export type NavItem = { href: string; label: string };

export const NAV: readonly NavItem[] = [
  { href: "/", label: "Overview" },
  { href: "/trade", label: "Trade" },
  { href: "/aid", label: "Aid" },
  { href: "/region", label: "Region" },
  { href: "/timeline", label: "Timeline" },
  { href: "/map", label: "Map" },
];
