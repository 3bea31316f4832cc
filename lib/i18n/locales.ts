/**
 * The languages the product is written in. English is the source language: every other
 * text is translated from it (i18n/README.md). Pure data, safe in server and client code.
 */
export const LOCALES = ["en", "ja", "km"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

type LocaleInfo = {
  /** BCP 47 tag for `<html lang>` and `lang` attributes (the fonts and line breaking key on it). */
  lang: string;
  /** The language's name in itself, for a language menu. */
  nativeName: string;
  /** The name in English, for logs and tests. */
  englishName: string;
};

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { lang: "en", nativeName: "English", englishName: "English" },
  ja: { lang: "ja", nativeName: "日本語", englishName: "Japanese" },
  km: { lang: "km", nativeName: "ខ្មែរ", englishName: "Khmer" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
