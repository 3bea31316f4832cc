import "server-only";
import { z } from "zod";

/** A four-digit calendar year within the span the product covers. */
export const yearField = (min = 1500, max = 2030) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, "year must be four digits")
    .transform(Number)
    .pipe(z.number().int().min(min, `year before ${min}`).max(max, `year after ${max}`));

/** A finite decimal number as printed in the source ("8.4", "-12.5"); never empty. */
export const numberField = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "value must be a plain decimal number")
  .transform(Number)
  .pipe(z.number().refine(Number.isFinite, "value must be finite"));

export const requiredText = (what: string) => z.string().trim().min(1, `${what} is required`);
export const optionalText = z.string().trim().default("");
