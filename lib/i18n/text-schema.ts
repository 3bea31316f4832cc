import "server-only";
import { z } from "zod";

/**
 * A translated text: not empty, and numbers in Latin digits only. Khmer digits (០–៩) and
 * full-width digits (０–９) are refused because every figure is written as the source prints
 * it, in the same digits in every language (i18n/README.md).
 */
export const translatedText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .refine((s) => !/[\u17E0-\u17E9\uFF10-\uFF19]/u.test(s), `${what} must write numbers in Latin digits (0–9)`);
