import "server-only";
import { z } from "zod";
import { requiredText } from "./fields";

export const EVENT_COLUMNS = ["date", "precision", "title", "description", "source"] as const;

const PATTERN = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

/** "title | url ; title | url" — every event must cite at least one source with a link. */
function parseSources(text: string): { title: string; url: string }[] {
  return text.split(" ; ").map((part) => {
    const i = part.lastIndexOf(" | ");
    return i < 0 ? { title: part.trim(), url: "" } : { title: part.slice(0, i).trim(), url: part.slice(i + 3).trim() };
  });
}

export const eventRowSchema = z
  .object({
    date: requiredText("date"),
    precision: z.enum(["year", "month", "day"]),
    title: requiredText("title"),
    description: requiredText("description"),
    source: requiredText("source"),
  })
  .superRefine((row, ctx) => {
    if (!PATTERN[row.precision].test(row.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: `date does not match precision '${row.precision}'` });
    }
    if (parseSources(row.source).some((s) => !/^https?:\/\//.test(s.url))) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "every source needs 'title | https://…'" });
    }
  })
  .transform((r) => ({
    date: r.date,
    precision: r.precision,
    year: Number(r.date.slice(0, 4)),
    title: r.title,
    description: r.description,
    sources: parseSources(r.source),
  }));
export type EventRow = z.output<typeof eventRowSchema>;

export type KeyEvent = { id: string; year: number; short: string; title: string; dateLabel: string; href: string };
