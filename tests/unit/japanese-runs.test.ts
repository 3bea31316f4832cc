import { Fragment, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { langText } from "@/components/lang-text";
import { splitJapaneseRuns } from "@/lib/japanese-runs";

const ja = (runs: ReturnType<typeof splitJapaneseRuns>) => runs.filter((r) => r.ja).map((r) => r.text);

describe("splitJapaneseRuns", () => {
  it("leaves a text without Japanese as one plain run", () => {
    expect(splitJapaneseRuns("IMF Direction of Trade Statistics (DOTS)")).toEqual([
      { text: "IMF Direction of Trade Statistics (DOTS)", ja: false },
    ]);
    expect(splitJapaneseRuns("")).toEqual([{ text: "", ja: false }]);
  });

  it("marks a Japanese title and leaves its English gloss outside", () => {
    expect(splitJapaneseRuns("日本とカンボジアの関係 (Japanese Wikipedia article, mirror)")).toEqual([
      { text: "日本とカンボジアの関係", ja: true },
      { text: " (Japanese Wikipedia article, mirror)", ja: false },
    ]);
  });

  it("keeps digits, spaces and punctuation between Japanese characters in the run", () => {
    expect(ja(splitJapaneseRuns("カンボジアの外国人訪問者数(1~3月)は150万人 (Clisien ASEAN Info Clips)"))).toEqual([
      "カンボジアの外国人訪問者数(1~3月)は150万人",
    ]);
    expect(ja(splitJapaneseRuns("外務省海外在留邦人数調査統計―カンボジアは若干減少 (kabushiki.jp)"))).toEqual([
      "外務省海外在留邦人数調査統計―カンボジアは若干減少",
    ]);
    expect(ja(splitJapaneseRuns("【カンボジアニュース】カンボジア在留邦人数 (note.com)"))).toEqual([
      "【カンボジアニュース】カンボジア在留邦人数",
    ]);
  });

  it("takes digits written against a Japanese character into the run, not a Latin word before it", () => {
    expect(ja(splitJapaneseRuns("2018年の外国人訪問客数620万人 (blog)"))).toEqual(["2018年の外国人訪問客数620万人"]);
    expect(splitJapaneseRuns("ODA国別データブック2002 カンボジア (MOFA Japan)")).toEqual([
      { text: "ODA", ja: false },
      { text: "国別データブック2002 カンボジア", ja: true },
      { text: " (MOFA Japan)", ja: false },
    ]);
  });

  it("finds each run when Japanese and English alternate, and joins back to the text", () => {
    const text = "Title 日本 and 対カンボジア国別援助計画 (MOFA)";
    const runs = splitJapaneseRuns(text);
    expect(ja(runs)).toEqual(["日本", "対カンボジア国別援助計画"]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });

  it("does not take the 1941 Khmer or Thai names, which carry their own lang", () => {
    expect(ja(splitJapaneseRuns("បាត់ដំបង / พระตะบอง"))).toEqual([]);
  });

  it("leaves a full-width bracket without kana or kanji outside any run", () => {
    expect(splitJapaneseRuns("日本（Japan）")).toEqual([
      { text: "日本（", ja: true },
      { text: "Japan）", ja: false },
    ]);
  });

  it("gives back the text exactly, in runs that alternate and hold Japanese only where marked", () => {
    // A fixed pseudo-random sample of strings mixing Latin, digits, kana, kanji, CJK and
    // full-width punctuation, Khmer and spaces.
    const alphabet = [..."Ab z09 ()-,.~―・、。「」【】（）ア日本のカンボジア年人 បាត់ដំបង"];
    let seed = 20261207;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 24) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join("");
      const runs = splitJapaneseRuns(text);
      expect(runs.map((r) => r.text).join("")).toBe(text);
      runs.forEach((r, i) => {
        if (i > 0) expect(r.ja).not.toBe(runs[i - 1]!.ja);
        if (r.ja) expect(r.text).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
        if (r.ja) expect(r.text).not.toMatch(/[A-Za-z]/);
      });
    }
  });
});

describe("langText", () => {
  it("marks each Japanese run lang=ja in the markup and leaves a text without Japanese the same string", () => {
    const html = renderToStaticMarkup(createElement(Fragment, null, langText("ODA国別データブック2002 (MOFA & JICA)")));
    expect(html).toBe('ODA<span lang="ja">国別データブック</span>2002 (MOFA &amp; JICA)');
    const plain = "IMF Direction of Trade Statistics";
    expect(langText(plain)).toBe(plain);
  });
});
