import type { AidSingleRow } from "@/lib/data/aid";
import { SourceLink } from "@/components/source-link";

/** Where every aid figure on the page comes from, and what each measures. */
export function AidSources({
  wdi,
  fy,
}: {
  wdi: { title: string; repo: string; basis: string };
  fy: AidSingleRow | undefined;
}) {
  return (
    <section id="sources" className="panel" aria-labelledby="aid-sources-h">
      <h2 id="aid-sources-h">Sources and notes</h2>
      <ul className="aid-list">
        <li>
          <strong>Chart and table:</strong> {wdi.title}. Copy read: <code>{wdi.repo}</code>. Original data: OECD DAC
          (DAC2a), net ODA disbursements, current US dollars, calendar years. Licence: CC BY 4.0. Attribution: World
          Bank, World Development Indicators (DC.DAC.JPNL.CD), based on OECD DAC data.
        </li>
        <li>
          <strong>Net</strong> means loan repayments are subtracted from new disbursements, so years with large yen-loan
          repayments look low. 1984–1987 have no value for Japan in the source: gaps, not zeros.
        </li>
        <li>
          <strong>Japan&apos;s share</strong> is derived here: Japan&apos;s value ÷ all DAC donors&apos; value
          (DC.DAC.TOTL.CD) for the same year. It covers DAC donors only, not multilateral or non-DAC lenders such as
          China.
        </li>
        <li>
          The WDI copy stores values as floating-point numbers; the source&apos;s precision is USD 10,000, so figures
          are shown in USD million with two decimals. Sums are computed from the stored values and labelled derived.
        </li>
        {fy ? (
          <li>
            <strong>FY2006 breakdown:</strong> <SourceLink title={fy.sourceTitle} url={fy.source} />.
          </li>
        ) : null}
        <li>Cumulative claims, pledges and sector figures: each row cites its own source.</li>
      </ul>
    </section>
  );
}
