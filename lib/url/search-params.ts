import type { z } from "zod";

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

const repeated = (param: string, times: number) => `“${param}” is given ${times} times; give it once.`;

/** Reads one parameter; a repeated key (?from=1990&from=2000) is an issue, not a silent pick. */
export function readSingle(raw: RawSearchParams, param: string, issues: ParamIssue[]): string | undefined {
  const value = raw[param];
  if (Array.isArray(value)) {
    issues.push({ param, message: repeated(param, value.length) });
    return undefined;
  }
  return value === "" ? undefined : value;
}

/**
 * Reads one parameter through its entry in a view's zod schema, which holds the default (for a
 * missing or empty value) and the reader's messages. A value the entry rejects falls back to the
 * default and its message becomes a notice naming the parameter. A repeated key is rejected by
 * the entry's text check: with readSingle's notice, unless the entry words it itself.
 */
export function readParam<T extends Record<string, z.ZodType>, K extends keyof T & string>(
  raw: RawSearchParams,
  schema: z.ZodObject<T>,
  param: K,
  issues: ParamIssue[],
): z.output<T[K]> {
  const entry = schema.shape[param] as z.ZodType;
  const error = (iss: { input?: unknown }) =>
    Array.isArray(iss.input) ? repeated(param, iss.input.length) : undefined;
  const result = entry.safeParse(raw[param] === "" ? undefined : raw[param], { error });
  if (result.success) return result.data as z.output<T[K]>;
  issues.push({ param, message: result.error.issues[0]!.message });
  return entry.parse(undefined) as z.output<T[K]>;
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

/** Parses a calendar year strictly: four digits, nothing else ("1990abc", "1e3", "-5" are rejected). */
export function parseYear(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  return /^\d{4}$/.test(text) ? Number(text) : null;
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

/**
 * A view's canonical search string: each setting whose value is not its default, in the order of
 * `defaults` (the order of the view's parameters), as `write` spells it (String unless given; null
 * leaves it out). Defaults are left out so links stay short.
 */
export function canonicalSearch<Q extends object>(
  query: Q,
  defaults: Q,
  write: { [K in keyof Q]?: (value: Q[K], query: Q) => string | null } = {},
): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof Q & string)[]) {
    if (query[key] === defaults[key]) continue;
    const text = write[key] ? write[key](query[key], query) : String(query[key]);
    if (text !== null) q.set(key, text);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
