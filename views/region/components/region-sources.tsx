import { VIETNAM_UNCLEAR_BEFORE } from "@/lib/region/partners";

/** Where the figures come from, what they measure, and the names the sources use. */
export function RegionSources() {
  return (
    <section id="sources" className="panel" aria-labelledby="region-sources-h">
      <h2 id="region-sources-h">Sources and notes</h2>
      <ul className="region-list">
        <li>
          <strong>Trade:</strong> IMF, Direction of Trade Statistics (DOTS), Japan workbook (DOTS_101), tabs
          &ldquo;Exports, FOB&rdquo; and &ldquo;Imports, CIF&rdquo;, as reported by Japan, USD million, 1960–2020. Copy
          read: <code>SamLeBlanc/Direction-of-Trade-Map</code> at commit a769819 (2 Feb 2022). Exports are valued FOB
          and imports CIF. Attribution: Source: IMF, Direction of Trade Statistics.
        </li>
        <li>
          <strong>Aid:</strong> World Bank, World Development Indicators (DC.DAC.JPNL.CD for Japan, DC.DAC.TOTL.CD for
          all DAC donors), based on OECD DAC data: net bilateral ODA disbursements, current US dollars, calendar years,
          1960–2023. Copy read: <code>open-numbers/ddf--open_numbers--world_development_indicators</code> at commit
          01a34e8. Licence: CC BY 4.0. Aid values are stored as floating-point numbers and shown in USD million with two
          decimals (the source&apos;s precision, USD 10,000); trade values as the IMF prints them, with one to three
          decimals.
        </li>
        <li>
          <strong>Derived here:</strong> Cambodia&apos;s rank among the five, which ranks every year with a figure for
          Cambodia (net aid below zero included); Cambodia&apos;s share of the five&apos;s sum, for trade only and only
          where every figure that year is positive, counting the partners with a figure that year (the table says
          &ldquo;of 4 reported&rdquo; where fewer than five have one); the sums over a range, which add current US
          dollars of different years; and Japan&apos;s share of all DAC donors, only where the DAC total is positive and
          Japan&apos;s own net figure lies between zero and that total (otherwise the table says why).
        </li>
        <li id="names">
          <strong>Names:</strong> the IMF workbook labels every year with one present-day name. &ldquo;Myanmar&rdquo;
          also covers the years before 1989, when the country was Burma; &ldquo;Lao People&apos;s Dem. Rep.&rdquo; also
          covers the years before December 1975; &ldquo;Cambodia&rdquo; covers the Khmer Republic (1970–1975),
          Democratic Kampuchea (1975–1979) and the People&apos;s Republic of Kampuchea (1979–1989).
          &ldquo;Vietnam&rdquo; is one row for every year: for 1960–{VIETNAM_UNCLEAR_BEFORE - 1} the sources do not say
          whether it covers South Vietnam, North Vietnam or both. The WDI files carry only country codes; the aid names
          (Lao PDR, Viet Nam) are our labels.
        </li>
        <li>
          <strong>Gaps:</strong> a year without a figure is a gap, never a zero: Japan&apos;s exports to Cambodia in
          1976 and 1978, Japan&apos;s imports from Laos 1960–1971, and Japan&apos;s aid to Cambodia 1984–1987.
        </li>
        <li>
          Large jumps (Cambodia in the early 1990s, Myanmar exports in 2012, Japan&apos;s aid to Myanmar in 2013) are as
          published; their causes were not checked against other sources.
        </li>
      </ul>
    </section>
  );
}
