/**
 * The numbers a sentence states, as values, in English, Japanese or Khmer: digit runs with their
 * scale words ("US$59 million", "5,900万", "59 លាន"), month names (a date written "Sept 1992" in
 * English is "1992年9月" in Japanese), and the few number words the event summaries use. Used to
 * check that a translation states exactly the numbers of its English source.
 */
type Lang = "en" | "ja" | "km";

const EN_MONTHS = [
  ["January", "Jan"],
  ["February", "Feb"],
  ["March", "Mar"],
  ["April", "Apr"],
  ["May"],
  ["June", "Jun"],
  ["July", "Jul"],
  ["August", "Aug"],
  ["September", "Sept", "Sep"],
  ["October", "Oct"],
  ["November", "Nov"],
  ["December", "Dec"],
];
const KM_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];
const EN_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Whole phrases first (they hold words the later rules would read), then scaled digits, words and months. */
const RULES: Record<Lang, [RegExp, (m: RegExpExecArray) => number][]> = {
  en: [
    [/\bhalf a million\b/gi, () => 500_000],
    [/\ba third\b/gi, () => 1 / 3],
    [/\b(two|three) decades\b/gi, (m) => 10 * (EN_WORDS.indexOf(m[1]!.toLowerCase()) + 1)],
    [
      /(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion)\b)?/g,
      (m) => scaled(m[1]!, m[2] === "billion" ? 1e9 : m[2] ? 1e6 : 1),
    ],
    [new RegExp(`\\b(${EN_WORDS.join("|")})\\b`, "gi"), (m) => EN_WORDS.indexOf(m[1]!.toLowerCase()) + 1],
    [
      new RegExp(`\\b(${EN_MONTHS.flat().join("|")})\\b`, "g"),
      (m) => EN_MONTHS.findIndex((names) => names.includes(m[1]!)) + 1,
    ],
  ],
  ja: [
    [/(\d+)分の(\d+)/g, (m) => Number(m[2]) / Number(m[1])],
    [/(\d[\d,]*(?:\.\d+)?)(百万|万|億)?/g, (m) => scaled(m[1]!, { 百万: 1e6, 万: 1e4, 億: 1e8 }[m[2] ?? ""] ?? 1)],
  ],
  km: [
    [/កន្លះលាន/g, () => 500_000],
    [/មួយភាគបី/g, () => 1 / 3],
    [/ពីរទសវត្សរ៍/g, () => 20],
    [/(\d[\d,]*(?:\.\d+)?)(?:\s*(ពាន់លាន|លាន))?/g, (m) => scaled(m[1]!, m[2] === "ពាន់លាន" ? 1e9 : m[2] ? 1e6 : 1)],
    [new RegExp(KM_MONTHS.join("|"), "g"), (m) => KM_MONTHS.indexOf(m[0]) + 1],
  ],
};

function scaled(digits: string, factor: number): number {
  return Number(digits.replace(/,/g, "")) * factor;
}

/** The numbers stated in `text`, sorted, each to 12 significant digits (so 13.8 × 1e9 equals 138 × 1e8). */
export function numbersIn(text: string, lang: Lang): string[] {
  let rest = text;
  const found: number[] = [];
  for (const [pattern, value] of RULES[lang]) {
    rest = rest.replace(pattern, (...args) => {
      const groups = args.slice(0, -2) as string[];
      const m = Object.assign([...groups], { index: 0, input: rest }) as unknown as RegExpExecArray;
      found.push(value(m));
      return " ";
    });
  }
  return found.map((n) => String(Number(n.toPrecision(12)))).sort();
}

/** Quotations in an English text: 'text' between straight quotes (an apostrophe inside a word is not one). */
export function quotationsIn(text: string): string[] {
  return [...text.matchAll(/(?<=^|[\s(:])'[^']*?'(?=$|[\s),.;])/g)].map((m) => m[0]);
}
