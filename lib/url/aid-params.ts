import { z } from "zod";
import type { RawSearchParams } from "./timeline-params";

export type AidView = { from: number; to: number; year: number | null; events: boolean };
export type YearSpan = { first: number; last: number };

const yearText = z.string().regex(/^\d{4}$/, "must be a four-digit year").transform(Number);
const eventsText = z.enum(["on", "off"]);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function boundedYear(span: YearSpan) {
  return yearText.pipe(z.number().int().min(span.first, `before ${span.first}`).max(span.last, `after ${span.last}`));
}

/** Zod schema for the aid view's params, bounded by the years the data covers. */
export function aidParamsSchema(span: YearSpan) {
  const year = boundedYear(span);
  return z
    .object({
      from: year.optional(),
      to: year.optional(),
      year: year.optional(),
      events: eventsText.optional(),
      format: z.enum(["json", "csv"]).optional(),
    })
    .strict()
    .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, { message: "from must not be after to", path: ["from"] });
}

function flatten(raw: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const s = single(v);
    if (s !== undefined && s !== "") out[k] = s;
  }
  return out;
}

export function defaultAidView(span: YearSpan): AidView {
  return { from: span.first, to: span.last, year: null, events: true };
}

/**
 * For the page: every param is checked on its own, a bad one falls back to its
 * default with a notice, and the rest of the URL still applies.
 */
export function parseAidViewParams(raw: RawSearchParams, span: YearSpan): { view: AidView; notices: string[] } {
  const flat = flatten(raw);
  const view = defaultAidView(span);
  const notices: string[] = [];
  const yearSchema = boundedYear(span);
  for (const key of ["from", "to", "year"] as const) {
    if (flat[key] === undefined) continue;
    const r = yearSchema.safeParse(flat[key]);
    if (r.success) view[key] = r.data;
    else notices.push(`“${key}=${flat[key]}” is not a year between ${span.first} and ${span.last}; using the default.`);
  }
  if (flat.events !== undefined) {
    const r = eventsText.safeParse(flat.events);
    if (r.success) view.events = r.data === "on";
    else notices.push(`“events=${flat.events}” should be “on” or “off”; event markers are shown.`);
  }
  if (view.from > view.to) {
    notices.push(`The start year ${view.from} is after the end year ${view.to}; showing ${span.first}–${span.last}.`);
    view.from = span.first;
    view.to = span.last;
  }
  if (view.year !== null && (view.year < view.from || view.year > view.to)) {
    notices.push(`The highlighted year ${view.year} is outside ${view.from}–${view.to}; nothing is highlighted.`);
    view.year = null;
  }
  return { view, notices };
}

/** For the API: strict. Any unknown or invalid param is an error (HTTP 400). */
export function parseAidApiParams(
  raw: URLSearchParams,
  span: YearSpan,
): { ok: true; from: number; to: number; format: "json" | "csv" } | { ok: false; error: string } {
  const obj: Record<string, string> = {};
  for (const [k, v] of raw.entries()) obj[k] = v;
  const r = aidParamsSchema(span).safeParse(obj);
  if (!r.success) {
    return { ok: false, error: r.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ") };
  }
  return { ok: true, from: r.data.from ?? span.first, to: r.data.to ?? span.last, format: r.data.format ?? "json" };
}

/** Canonical URL of an aid view; defaults are left out so the plain /aid stays the default view. */
export function buildAidUrl(view: AidView, span: YearSpan): string {
  const q = new URLSearchParams();
  if (view.from !== span.first) q.set("from", String(view.from));
  if (view.to !== span.last) q.set("to", String(view.to));
  if (view.year !== null) q.set("year", String(view.year));
  if (!view.events) q.set("events", "off");
  const s = q.toString();
  return s ? `/aid?${s}` : "/aid";
}
