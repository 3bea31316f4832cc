import { z } from "zod";
import { truncate } from "./search-params";

/*
 * Entries of the views' parameter schemas (read with readParam). Each takes a text first, so a
 * repeated key is refused with readSingle's notice ("given 2 times"); the rest of each message
 * is the view's own, so the wording stays where the view is.
 */

/** A four-digit year from `from` to `to`; anything else gets `message(text)`. */
export const yearParam = (range: { from: number; to: number }, message: (text: string) => string) =>
  z
    .string()
    .regex(/^\d{4}$/, { error: (iss) => message(String(iss.input)) })
    .transform(Number)
    .refine((y) => y >= range.from && y <= range.to, { error: (iss) => message(String(iss.input)) });

/** One of `values`; anything else gets `message(text shortened)`. */
export const choiceParam = <const V extends readonly [string, ...string[]]>(
  values: V,
  message: (text: string) => string,
) => z.string().pipe(z.enum(values, { error: (iss) => message(truncate(String(iss.input))) }));

/** "on" or "off" as a boolean. */
export const switchParam = (message: (text: string) => string) =>
  choiceParam(["on", "off"], message).transform((v) => v === "on");
