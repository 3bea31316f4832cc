/** The scripts a reader can choose for province names (`names=` on /map). */
export const NAME_SCRIPTS = ["en", "km", "th"] as const;
export type NameScript = (typeof NAME_SCRIPTS)[number];
export const NAME_SCRIPT_LABELS: Record<NameScript, string> = {
  en: "English",
  km: "Khmer (ខ្មែរ)",
  th: "Thai, 1941 provinces (ไทย)",
};

export type SourcedName = { name: string; romanisation: string; sourceTitle: string; source: string };
export type ResolvedName = {
  /** The text to show. */
  text: string;
  /** BCP 47 language of `text`, for `lang=` (fonts and screen readers). */
  lang: "en" | "km" | "th";
  /** Romanisation when `text` is not in Latin script and a source gives one. */
  romanisation: string | null;
  source: { title: string; url: string } | null;
  /** True when the chosen script has no sourced name and the English one is shown instead. */
  fallback: boolean;
};

type NamedProvince = { id: string; name: string; nameKm: string };

/**
 * The name of a province in the chosen script. Khmer names come with the boundaries; Thai names
 * only from a sourced row. Without one the English name is shown, marked as a fallback, never a
 * made-up transliteration.
 */
export function resolveProvinceName(
  p: NamedProvince,
  script: NameScript,
  thai: ReadonlyMap<string, SourcedName>,
): ResolvedName {
  if (script === "km" && p.nameKm)
    return { text: p.nameKm, lang: "km", romanisation: p.name, source: null, fallback: false };
  if (script === "th") {
    const row = thai.get(p.id);
    if (row)
      return {
        text: row.name,
        lang: "th",
        romanisation: row.romanisation,
        source: { title: row.sourceTitle, url: row.source },
        fallback: false,
      };
  }
  return { text: p.name, lang: "en", romanisation: null, source: null, fallback: script !== "en" };
}

/** Every province's name in one script, keyed by province id. */
export function buildProvinceNames(
  provinces: readonly NamedProvince[],
  script: NameScript,
  rows: readonly ({ provinceId: string; script: string } & SourcedName)[],
): Record<string, ResolvedName> {
  const thai = new Map(rows.filter((r) => r.script === "th").map((r) => [r.provinceId, r]));
  return Object.fromEntries(provinces.map((p) => [p.id, resolveProvinceName(p, script, thai)]));
}
