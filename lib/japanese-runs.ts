/**
 * Where a text switches into Japanese. Sources here are often Japanese pages whose titles
 * the data quote as written ("日本とカンボジアの関係 (Japanese Wikipedia article, mirror)"); each
 * such run is marked lang="ja" on the page (components/lang-text.tsx), so a screen reader
 * reads it with a Japanese voice instead of spelling out characters, and the browser picks a
 * Japanese font (WCAG 2.2, 3.1.2 Language of Parts).
 */
export type TextRun = { text: string; ja: boolean };

/** Kana, kanji, CJK punctuation and full-width forms: characters only Japanese (here) is written in. */
const JA = "\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}\\u3000-\\u303F\\u30FC\\uFF00-\\uFFEF";
/**
 * A run starts at a Japanese character (or at digits written against one, as in 2018年) and
 * ends at the last Japanese character before the next Latin letter: digits, spaces and
 * punctuation between Japanese characters belong to the run ("数(1~3月)は150万人"), an
 * English gloss after it does not. (Anything but a Latin letter may sit inside a run; no
 * title here mixes Japanese with another script.)
 */
const RUN = new RegExp(`(?:[0-9]+(?=[${JA}]))?[${JA}](?:[^A-Za-z]*[${JA}])?`, "gu");
/** A run is Japanese only if it has kana or kanji: a full-width bracket alone, as in "Japan）", is not. */
const WORD = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export function splitJapaneseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (!WORD.test(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), ja: false });
    runs.push({ text: m[0], ja: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), ja: false });
  // A skipped match leaves two plain runs side by side: join them.
  return runs.reduce<TextRun[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && !last.ja && !r.ja) last.text += r.text;
    else out.push({ ...r });
    return out;
  }, []);
}
