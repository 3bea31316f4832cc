import { VIEWS, EMBED_VIEWS } from "../../views/registry";

/* The pages of the product and a few of their states, for the cross-cutting tests (budgets, axe, headers, fuzz), from the registry of views. */

export const PAGES = ["/", ...VIEWS.map((v) => `/${v.route}`)];

/** The embed pages (app/embed): the only routes another site may frame. */
export const EMBED_PAGES = EMBED_VIEWS.map((v) => `/embed/${v.route}`);
export const isEmbed = (path: string) => path.startsWith("/embed/");

export const PAGE_STATES = [
  "/",
  ...VIEWS.flatMap((v) => [`/${v.route}`, ...[v.sharedLink, ...v.examples].map((s) => `/${v.route}${s}`)]),
  ...EMBED_VIEWS.flatMap((v) => [`/embed/${v.route}`, ...v.embed.examples.map((s) => `/embed/${v.route}${s}`)]),
];

export const APIS = ["/api/trade", "/api/aid", "/api/region"] as const;

/** Views whose interactive chart loads after the page: tests wait for it before checking. */
export const INTERACTIVE_CHART = (path: string) =>
  VIEWS.some((v) => v.interactiveChart && (path === `/${v.route}` || path.startsWith(`/${v.route}?`)));
