/**
 * The publishers and terms of the data behind each view, as data/SOURCES.md states them
 * (a unit test keeps each licence text equal to that file's). Where SOURCES.md names a
 * licence, the record names it with its URL; where it only states terms (the IMF's), the
 * record repeats the terms as written and gives no licence URL, since none is stated.
 */
export type DataSource = {
  /** The publisher, as a schema.org Organization. */
  publisher: string;
  /** The attribution the source requires, shown on the page and in the print footer. */
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
    licenceUrl: "https://www.openstreetmap.org/copyright",
    url: "https://www.geoboundaries.org/",
  },
  naturalEarth: {
    publisher: "Natural Earth",
    attribution: "Natural Earth",
    licence: "Natural Earth is public domain",
    url: "https://www.naturalearthdata.com/",
  },
} as const satisfies Record<string, DataSource>;
