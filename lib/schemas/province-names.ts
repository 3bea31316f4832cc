import { z } from "zod";
import { requiredText } from "./fields";

export const PROVINCE_NAME_COLUMNS = [
  "province_id",
  "script",
  "name",
  "romanisation",
  "thai_province_1941",
  "source_title",
  "source",
] as const;

/**
 * A province name in a script other than English or Khmer (those come with the boundaries), as a
 * source prints it. Thai rows name the 1941 Thai province the modern province lay in; every row
 * carries its source, so no name is shown without one.
 */
export const provinceNameRowSchema = z
  .object({
    province_id: requiredText("province_id").regex(/^[a-z0-9-]+$/, "province_id must be kebab-case"),
    script: z.enum(["th", "ja"]),
    name: requiredText("name"),
    romanisation: requiredText("romanisation"),
    thai_province_1941: z.string().trim().default(""),
    source_title: requiredText("source_title"),
    source: requiredText("source").regex(/^https?:\/\//, "source must be a URL"),
  })
  .superRefine((r, ctx) => {
    if (r.script === "th" && !/^[\u0E00-\u0E7F]+$/.test(r.name))
      ctx.addIssue({ code: "custom", path: ["name"], message: "a Thai name must be written in Thai script" });
  })
  .transform((r) => ({
    provinceId: r.province_id,
    script: r.script,
    name: r.name,
    romanisation: r.romanisation,
    thaiProvince1941: r.thai_province_1941,
    sourceTitle: r.source_title,
    source: r.source,
  }));
export type ProvinceNameRow = z.output<typeof provinceNameRowSchema>;
