import { IntentLink } from "@/components/intent-link";

/** Credits every source the product draws on, with the licence each requires. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <h2 className="visually-hidden">Data credits and licences</h2>
        <ul className="credits">
          <li>
            Trade: Source: IMF, Direction of Trade Statistics (DOTS); press reports of JETRO and Cambodian customs
            (GDCE) figures, each cited where shown.
          </li>
          <li>
            Aid: World Bank, World Development Indicators (DC.DAC.JPNL.CD, DC.DAC.TOTL.CD), based on OECD DAC data, CC
            BY 4.0; MOFA Japan and Embassy documents.
          </li>
          <li>
            Map: Province boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries; Natural Earth (public
            domain).
          </li>
          <li>
            History: our own summaries of the sources cited on each event; the English and Japanese Wikipedia articles
            are CC BY-SA.
          </li>
        </ul>
        <p>
          Code under the MIT licence. Fonts: Source Sans 3 and Noto Sans Khmer (SIL Open Font License).{" "}
          <IntentLink href="/trade#sources">Trade sources</IntentLink>
        </p>
      </div>
    </footer>
  );
}
