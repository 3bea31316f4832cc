import type { ExportFormat } from "./figure";

/** Lower-case ASCII words joined by hyphens: safe on every file system and in URLs. */
export function slugifyFilePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** e.g. ["cambodia-japan-trade", "Japan reported", "1994-2020"], "png" → cambodia-japan-trade-japan-reported-1994-2020.png */
export function buildExportFileName(parts: readonly string[], format: ExportFormat): string {
  const stem = parts.map(slugifyFilePart).filter(Boolean).join("-") || "figure";
  return `${stem}.${format}`;
}
