/** The pages of the product and a few of their states, for the cross-cutting tests (budgets, axe, headers, fuzz). */
export const PAGES = ["/", "/trade", "/map", "/aid", "/timeline", "/region"] as const;

/** The embed pages (app/embed): the only routes another site may frame. */
export const EMBED_PAGES = ["/embed/trade", "/embed/aid", "/embed/map"] as const;
export const isEmbed = (path: string) => path.startsWith("/embed/");

export const PAGE_STATES = [
  "/",
  "/trade",
  "/trade?reporter=cambodia",
  "/trade?reporter=both&from=1994&to=2020",
  "/trade?year=2006&events=off",
  "/trade?reporter=both&from=1994&to=2020&year=2007",
  "/trade?reporter=both&measure=share&from=1990",
  "/trade?scale=log",
  "/trade?scale=index&from=2000&base=2005",
  "/map",
  "/map?phase=before",
  "/map?phase=today",
  "/map?account=encyclopedia",
  "/map?province=battambang",
  "/map?phase=annexed&account=encyclopedia&province=koh-kong&zoom=ceded",
  "/map?names=km&phase=today&province=battambang",
  "/map?names=th&province=battambang",
  "/aid",
  "/aid?from=1975&to=2000&year=1992",
  "/aid?events=off",
  "/timeline",
  "/timeline?era=cold-war",
  "/region",
  "/region?measure=aid&from=1992",
  "/region?measure=exports&partners=KHM,VNM&scale=linear",
  ...EMBED_PAGES,
  "/embed/trade?reporter=both&from=1994&to=2020&theme=dark",
  "/embed/aid?from=1975&to=2000&year=1992&theme=light",
  "/embed/map?phase=annexed&province=battambang&theme=dark",
] as const;

export const APIS = ["/api/trade", "/api/aid", "/api/region"] as const;

/** Views whose interactive chart loads after the page: tests wait for it before checking. */
export const INTERACTIVE_CHART = (path: string) =>
  path.startsWith("/trade") || path.startsWith("/aid") || path.startsWith("/region");
