/** What Next passes a page as `searchParams`, and what URLSearchParams gives an API route. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function fromURLSearchParams(params: URLSearchParams): RawSearchParams {
  const out: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** A problem with one parameter, phrased for the person who typed the URL. */
export type ParamIssue = { param: string; message: string };

/** Reads one parameter; a repeated key (?from=1990&from=2000) is an issue, not a silent pick. */
export function readSingle(raw: RawSearchParams, param: string, issues: ParamIssue[]): string | undefined {
  const value = raw[param];
  if (Array.isArray(value)) {
    issues.push({ param, message: `“${param}” is given ${value.length} times; give it once.` });
    return undefined;
  }
  return value === "" ? undefined : value;
}

/** Names every parameter the view does not know, so a typo (?form=1990) is not silently ignored. */
export function unknownParams(raw: RawSearchParams, known: readonly string[]): ParamIssue[] {
  return Object.keys(raw)
    .filter((k) => !known.includes(k))
    .map((k) => ({
      param: k,
      message: `Unknown parameter “${truncate(k)}”; this view understands ${known.join(", ")}.`,
    }));
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A range whose start is after its end is a mistake in the link: it is named and the full range is shown. */
export function orderRange(
  range: { from: number; to: number },
  full: { from: number; to: number },
  issues: ParamIssue[],
): { from: number; to: number } {
  if (range.from <= range.to) return range;
  issues.push({
    param: "from",
    message: `“from” (${range.from}) is after “to” (${range.to}); showing the full range.`,
  });
  return { from: full.from, to: full.to };
}
