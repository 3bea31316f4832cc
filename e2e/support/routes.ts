/** The pages of the product and a few of their states, for the cross-cutting tests (budgets, axe, headers, fuzz). */
export const PAGES = ["/", "/trade", "/map"] as const;

export const PAGE_STATES = [
  "/",
  "/trade",
  "/trade?reporter=cambodia",
  "/trade?reporter=both&from=1994&to=2020",
  "/map",
  "/map?phase=before",
  "/map?phase=today",
  "/map?account=encyclopedia",
  "/map?province=battambang",
  "/map?phase=annexed&account=encyclopedia&province=koh-kong&zoom=ceded",
] as const;

export const APIS = ["/api/trade"] as const;

/** Views whose interactive chart loads after the page: tests wait for it before checking. */
export const INTERACTIVE_CHART = (path: string) => path.startsWith("/trade");
