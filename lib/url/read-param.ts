import type { z } from "zod";
import { type ParamIssue, type RawSearchParams, readSingle } from "./search-params";

/*
 * A view's schema is a plain record, key → zod schema, not a z.object: building a z.object
 * probes for eval (new Function), which the pages' script policy reports as a violation when
 * a module holding one loads in the browser. Kept apart from search-params.ts, which every
 * page's notice island ships.
 */

/**
 * Reads one parameter through its entry in a view's schema, which holds the default (for a
 * missing or empty value) and the reader's messages. A value the entry rejects falls back to the
 * default and its message becomes a notice naming the parameter. A repeated key is rejected by
 * the entry's text check: with readSingle's notice, unless the entry words it itself.
 */
export function readParam<T extends Record<string, z.ZodType>, K extends keyof T & string>(
  raw: RawSearchParams,
  schema: T,
  param: K,
  issues: ParamIssue[],
): z.output<T[K]> {
  const entry = schema[param] as z.ZodType;
  // Only a list (a repeated key) gets here without the entry's own message: readSingle words it.
  const error = (iss: { input?: unknown }) => {
    const notice: ParamIssue[] = [];
    if (Array.isArray(iss.input)) readSingle({ [param]: iss.input as string[] }, param, notice);
    return notice[0]?.message;
  };
  const result = entry.safeParse(raw[param] === "" ? undefined : raw[param], { error });
  if (result.success) return result.data as z.output<T[K]>;
  issues.push({ param, message: result.error.issues[0]!.message });
  return entry.parse(undefined) as z.output<T[K]>;
}
