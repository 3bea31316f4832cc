import { langText } from "@/components/lang-text";

const SETTLEMENT = {
  title: "Wikipedia: Franco-Thai settlement treaty of 1946",
  url: "https://en.wikipedia.org/wiki/Franco-Thai_settlement_treaty_of_1946",
};
const MEDIATION = "http://www.sunsite.unc.edu/pha/policy/1941/410311b.html";

const EVENTS: { date: string; iso: string; text: string; source: { title: string; url: string } }[] = [
  {
    date: "31 Jan 1941",
    iso: "1941-01-31",
    text: "Armistice documents signed aboard the Japanese cruiser Natori, at a Japanese-sponsored conference at Saigon",
    source: {
      title: "Franco-Thai War summary (History Bytez)",
      url: "https://historybytez.com/2016/01/17/194041-franco-thai-war/",
    },
  },
  {
    date: "11 Mar 1941",
    iso: "1941-03-11",
    text: "Japanese mediation terms signed in Tokyo; they define the ceded zones",
    source: { title: "Mediation terms, 11 March 1941", url: MEDIATION },
  },
  {
    date: "9 May 1941",
    iso: "1941-05-09",
    text: "Convention of Peace between France and Thailand signed at Tokyo",
    source: {
      title: "FRUS 1941 vol. V, doc. 148",
      url: "https://history.state.gov/historicaldocuments/frus1941v05/d148",
    },
  },
  {
    date: "23 Jul 1941",
    iso: "1941-07-23",
    text: "The Cambodian areas are incorporated into Thailand as provinces",
    source: { title: "Wikipedia: Phra Tabong province", url: "https://en.wikipedia.org/wiki/Phra_Tabong_province" },
  },
  {
    date: "17 Nov 1946",
    iso: "1946-11-17",
    text: "Franco-Siamese Settlement Agreement signed in Washington; it annuls the 1941 convention",
    source: SETTLEMENT,
  },
  {
    date: "Dec 1946",
    iso: "1946-12",
    text: "The annexed territories are handed back to French Indochina",
    source: SETTLEMENT,
  },
];

/** Key dates of the cession, shown under the map. */
export function CessionTimeline() {
  return (
    <section aria-labelledby="cession-dates-title">
      <h2 id="cession-dates-title">Key dates</h2>
      <ol className="cession-timeline">
        {EVENTS.map((e) => (
          <li key={e.iso}>
            <time dateTime={e.iso}>{e.date}</time>
            <span>{e.text}</span>
            <a className="source" href={e.source.url}>
              {langText(e.source.title)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
