import { aidView } from "./aid/definition";
import { mapView } from "./map/definition";
import { regionView } from "./region/definition";
import { timelineView } from "./timeline/definition";
import { tradeView } from "./trade/definition";
import type { NavItem } from "@/lib/site";
import type { ViewDefinition, ViewEmbed } from "./shared/view-definition";

/**
 * The views of the site, listed once, in the navigation's order. Routes, the proxy's keys, the
 * embeds, the sitemap, the navigation and the tests' and bench's route lists all derive from
 * this list; where Next needs a literal (app/ folders, next.config.js's header sources), a unit
 * test holds it to this list (tests/unit/view-registry.test.ts).
 */
export const VIEWS = [tradeView, aidView, regionView, timelineView, mapView] as const;

export type ViewRoute = (typeof VIEWS)[number]["route"];
export const VIEW_ROUTES: readonly ViewRoute[] = VIEWS.map((v) => v.route);

type EmbeddableView = ViewDefinition<ViewRoute> & { embed: ViewEmbed };
/** The views another site may frame (app/embed/<route>). */
export const EMBED_VIEWS: readonly EmbeddableView[] = VIEWS.filter((v): v is EmbeddableView => v.embed !== null);
export type EmbedRoute = (typeof EMBED_VIEWS)[number]["route"];
export const EMBED_ROUTES: readonly EmbedRoute[] = EMBED_VIEWS.map((v) => v.route);

/** The view a page path names ("/trade" → the trade view), or null. */
export function viewOf(route: string): ViewDefinition<ViewRoute> | null {
  return VIEWS.find((v) => v.route === route) ?? null;
}

/** The navigation: the overview, then every view. */
export const NAV: readonly NavItem[] = [
  { href: "/", label: "Overview" },
  ...VIEWS.map((v) => ({ href: `/${v.route}`, label: v.label })),
];
