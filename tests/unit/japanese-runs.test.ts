import { describe, expect, it } from "vitest";
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
});
