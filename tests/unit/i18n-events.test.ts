import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getEvents, type LinkedEvent } from "@/lib/data/events";
import {
  eventTranslationFile,
  getEventTranslations,
  parseEventTranslations,
  type EventTranslation,
  type TranslatedLocale,
} from "@/lib/i18n/event-translations";
import { numbersIn, quotationsIn } from "./i18n-numbers";

const LOCALES: TranslatedLocale[] = ["ja", "km"];
let events: LinkedEvent[] = [];
const translations = new Map<TranslatedLocale, Map<string, EventTranslation>>();
beforeAll(async () => {
  events = await getEvents();
  for (const l of LOCALES) translations.set(l, await getEventTranslations(l));
});

describe.each(LOCALES)("i18n/events.%s.csv", (locale) => {
  it("translates every event of data/events.csv, and no other", () => {
    const ids = [...translations.get(locale)!.keys()].sort();
    expect(ids).toEqual(events.map((e) => e.id).sort());
  });

  it("keeps every quotation of the English in its original words", () => {
    for (const e of events)
      for (const q of quotationsIn(e.description)) expect(translations.get(locale)!.get(e.id)!.summary).toContain(q);
  });

  it("states exactly the numbers of the English title and summary (the same values, as often)", () => {
    for (const e of events) {
      const t = translations.get(locale)!.get(e.id)!;
      // A quotation is kept in English beside its translation: its translation stands for it.
      const summary = quotationsIn(e.description).reduce((s, q) => s.replace(q, " "), t.summary);
      expect(numbersIn(t.title, locale), `${e.id} title`).toEqual(numbersIn(e.title, "en"));
      expect(numbersIn(summary, locale), `${e.id} summary`).toEqual(numbersIn(e.description, "en"));
    }
  });

  it("is written in the language's script", () => {
    const script = locale === "ja" ? /[\u3040-\u30FF\u4E00-\u9FFF]/u : /[\u1780-\u17FF]/u;
    for (const t of translations.get(locale)!.values()) {
      expect(t.title, t.id).toMatch(script);
      expect(t.summary, t.id).toMatch(script);
    }
  });
});

describe("the number check reads each language's way of writing numbers", () => {
  it("scale words, fractions, month names and number words", () => {
    expect(numbersIn("US$59 million; 13.8 billion yen; Sept 1992; Eight; half a million; a third", "en")).toEqual(
      numbersIn("5,900万米ドル。138億円。1992年9月。8人。50万人。3分の1", "ja"),
    );
    expect(numbersIn("59 លានដុល្លារ 13.8 ពាន់លានយ៉េន ខែកញ្ញា 1992 8 នាក់ កន្លះលាន មួយភាគបី", "km")).toEqual(
      numbersIn("US$59 million; 13.8 billion yen; Sept 1992; Eight; half a million; a third", "en"),
    );
  });

  it("a changed number is caught", () => {
    expect(numbersIn("44 Japanese merchant ships", "en")).not.toEqual(numbersIn("日本の商船45隻", "ja"));
    expect(numbersIn("US$59 million", "en")).not.toEqual(numbersIn("59万米ドル", "ja"));
    expect(numbersIn("Oct 1992", "en")).not.toEqual(numbersIn("ខែកញ្ញា 1992", "km"));
  });

  it("an apostrophe is not a quotation", () => {
    expect(quotationsIn("Ieyasu's letter (infobox: 'Japanese invades, August 1941'); says 'February 1945'")).toEqual([
      "'Japanese invades, August 1941'",
      "'February 1945'",
    ]);
  });
});

describe("a bad translation row fails with the file and the row named", () => {
  it("an empty summary, a duplicate id, Khmer digits", async () => {
    const file = eventTranslationFile("km");
    const text = await readFile(path.join(process.cwd(), file), "utf8");
    const [header, first] = text.split("\n");
    expect(() => parseEventTranslations(`${header}\n1569-x,ចំណងជើង,`, file)).toThrow(
      /i18n\/events\.km\.csv, row 1 \(line 2\): summary: summary is required/,
    );
    expect(() => parseEventTranslations(`${header}\n${first}\n${first}`, file)).toThrow(/row 2 .*duplicate of row 1/);
    expect(() => parseEventTranslations(`${header}\n1569-x,ឆ្នាំ ១៥៦៩,ក`, file)).toThrow(/row 1 .*Latin digits/);
  });
});
