const YEARS = ["1960", "1975", "1992", "1994", "2006", "2020", "2022", "2025"];

export type FuzzTarget = {
  path: string;
  api: boolean;
  keys: readonly string[];
  good: Record<string, readonly string[]>;
};

/**
 * The routes the fuzz tests attack, each with its own parameter keys and some valid values
 * to mix with hostile ones. Shared by the HTTP fuzz spec and the unit property tests of the
 * URL parsers, so both generate the same kind of query strings.
 */
export const FUZZ_TARGETS = {
  apiTrade: {
    path: "/api/trade",
    api: true,
    keys: ["reporter", "from", "to", "measure", "format"],
    good: {
      reporter: ["japan", "cambodia", "both"],
      from: YEARS,
      to: YEARS,
      measure: ["value", "share"],
      format: ["json", "csv"],
    },
  },
  trade: {
    path: "/trade",
    api: false,
    keys: ["reporter", "from", "to", "year", "events", "measure", "scale", "base"],
    good: {
      reporter: ["japan", "cambodia", "both"],
      from: YEARS,
      to: YEARS,
      year: YEARS,
      events: ["on", "off"],
      measure: ["value", "share"],
      scale: ["linear", "log", "index"],
      base: YEARS,
    },
  },
  map: {
    path: "/map",
    api: false,
    keys: ["phase", "account", "province", "zoom"],
    good: {
      phase: ["before", "annexed", "today"],
      account: ["treaty", "encyclopedia"],
      province: ["battambang", "koh-kong", "siem-reap"],
      zoom: ["all", "ceded"],
    },
  },
  overview: { path: "/", api: false, keys: ["x"], good: {} },
  apiAid: {
    path: "/api/aid",
    api: true,
    keys: ["from", "to", "format"],
    good: { from: YEARS, to: YEARS, format: ["json", "csv"] },
  },
  aid: {
    path: "/aid",
    api: false,
    keys: ["from", "to", "year", "events"],
    good: { from: YEARS, to: YEARS, year: YEARS, events: ["on", "off"] },
  },
  apiRegion: {
    path: "/api/region",
    api: true,
    keys: ["measure", "partners", "from", "to", "format"],
    good: {
      measure: ["exports", "imports", "aid"],
      partners: ["KHM", "KHM,LAO", "THA,VNM,MMR"],
      from: YEARS,
      to: YEARS,
      format: ["json", "csv"],
    },
  },
  region: {
    path: "/region",
    api: false,
    keys: ["measure", "partners", "from", "to", "scale"],
    good: {
      measure: ["exports", "imports", "aid"],
      partners: ["KHM", "KHM,LAO", "THA,VNM,MMR"],
      from: YEARS,
      to: YEARS,
      scale: ["log", "linear"],
    },
  },
  timeline: {
    path: "/timeline",
    api: false,
    keys: ["era", "event", "order"],
    good: {
      era: ["early-contact", "colonial-war", "cold-war", "reconstruction"],
      event: ["1970-coup-and-civil-war"],
      order: ["oldest", "newest"],
    },
  },
} as const satisfies Record<string, FuzzTarget>;

/** The embeds: their page's parameters plus their own two. */
const EMBED_KEYS = { keys: ["theme", "controls"], good: { theme: ["light", "dark", "auto"], controls: ["0", "1"] } };
export const EMBED_FUZZ_TARGETS: readonly FuzzTarget[] = [FUZZ_TARGETS.trade, FUZZ_TARGETS.aid, FUZZ_TARGETS.map].map(
  (t) => ({
    path: `/embed${t.path}`,
    api: false,
    keys: [...t.keys, ...EMBED_KEYS.keys],
    good: { ...t.good, ...EMBED_KEYS.good },
  }),
);
