/** The pages of the product and a few of their states, for the cross-cutting tests (budgets, axe, headers, fuzz). */
export const PAGES = ["/", "/trade"] as const;

export const PAGE_STATES = ["/", "/trade", "/trade?reporter=cambodia", "/trade?reporter=both&from=1994&to=2020"] as const;

export const APIS = ["/api/trade"] as const;

/** Views whose interactive chart loads after the page: tests wait for it before checking. */
export const INTERACTIVE_CHART = (path: string) => path.startsWith("/trade");
