/**
 * The publishers and terms of the data behind each view, as data/SOURCES.md states them (a
 * unit test keeps every text and address here equal to that file's). Where SOURCES.md names a
 * licence, the record names it with the licence's address listed there; where it only states
 * terms (the IMF's), the record repeats the terms as written and gives no licence URL.
 */
export type DataSource = {
  /** The publisher, as a schema.org Organization. */
  publisher: string;
  /**
   * The credit line, shown in the print footer and the record: SOURCES.md's quoted
   * attribution, or, for sources credited row by row, its source column.
   */
  attribution: string;
  /** The licence or terms, word for word from data/SOURCES.md. */
  licence: string;
  licenceUrl?: string;
  url?: string;
};

export const DATA_SOURCES = {
  imfDots: {
    publisher: "International Monetary Fund",
    attribution: "Source: IMF, Direction of Trade Statistics (DOTS)",
    licence: "IMF terms of use: attribution required",
  },
  tradePress: {
    publisher: "JETRO and Cambodian customs (GDCE), as reported in the press",
    attribution:
      "Press reports of JETRO (Japan MOF-based) and Cambodian customs (GDCE) figures; each row names its article",
    licence: "Facts quoted with citation",
  },
  wdi: {
    publisher: "World Bank",
    attribution: "World Bank, World Development Indicators (DC.DAC.JPNL.CD / DC.DAC.TOTL.CD), based on OECD DAC data",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://data.worldbank.org/indicator/DC.DAC.JPNL.CD",
  },
  osm: {
    publisher: "OpenStreetMap contributors, via geoBoundaries",
    attribution: "Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth",
    licence: "ODbL 1.0",
    licenceUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
    url: "https://www.geoboundaries.org/",
  },
  naturalEarth: {
    publisher: "Natural Earth",
    attribution: "Natural Earth",
    licence: "Natural Earth is public domain",
    url: "https://www.naturalearthdata.com/",
  },
} as const satisfies Record<string, DataSource>;

export type Credit = { attribution: string; licences: string[] };

/**
 * Each source credited once. A source whose credit another's already contains (the map's
 * boundary credit ends "; Natural Earth") adds only its licence to that one.
 */
export function buildCredits(sources: readonly DataSource[]): Credit[] {
  const within = (s: DataSource, host: DataSource) => s !== host && host.attribution.includes(s.attribution);
  return sources
    .filter((s) => !sources.some((host) => within(s, host)))
    .map((host) => ({
      attribution: host.attribution,
      licences: sources.filter((s) => s === host || within(s, host)).map((s) => s.licence),
    }));
}
