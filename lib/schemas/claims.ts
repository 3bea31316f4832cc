import "server-only";
import { z } from "zod";
import { numberField, optionalText, requiredText, yearField } from "./fields";

export const CLAIM_COLUMNS = [
  "id",
  "check",
  "side",
  "label",
  "topic",
  "claim",
  "value",
  "unit",
  "year",
  "source_title",
  "source",
  "notes",
] as const;

/**
 * A statement as a publication makes it, kept so the product can show it beside the
 * data. Rows with the same `check` are the sides of one disagreement: the article's
 * (`side` = article) and the other source's (`side` = other), each with its own source.
 */
export const claimRowSchema = z
  .object({
    id: requiredText("id").regex(/^[a-z0-9-]+$/, "id must be kebab-case"),
    check: requiredText("check").regex(/^[a-z0-9-]+$/, "check must be kebab-case"),
    side: z.enum(["article", "other"]),
    label: requiredText("label"),
    topic: z.enum(["trade", "aid", "map", "history"]),
    claim: requiredText("claim"),
    value: z.union([z.literal("").transform(() => null), numberField]),
    unit: optionalText,
    year: z.union([z.literal("").transform(() => null), yearField(1500, 2030)]),
    source_title: requiredText("source_title"),
    source: requiredText("source").regex(/^https?:\/\//, "source must be a URL"),
    notes: optionalText,
  })
  .transform((r) => ({
    id: r.id,
    check: r.check,
    side: r.side,
    label: r.label,
    topic: r.topic,
    claim: r.claim,
    value: r.value,
    unit: r.unit,
    year: r.year,
    sourceTitle: r.source_title,
    source: r.source,
    notes: r.notes,
  }));
export type ClaimRow = z.output<typeof claimRowSchema>;
