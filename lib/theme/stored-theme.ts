/**
 * The reader's stored theme choice. Without one the page follows the system setting
 * (prefers-color-scheme); with one, <html data-theme> holds it, set by THEME_SCRIPT in the
 * document head before the first paint, so a reload never flashes the other theme.
 */
export const THEME_STORAGE_KEY = "theme";

/**
 * Runs inline in <head>, before the body is parsed (its sha256 is in the page's CSP like every
 * inline script). Embeds carry their own theme on their wrapper and are left to it.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if((t==="dark"||t==="light")&&location.pathname.indexOf("/embed/")!==0)document.documentElement.setAttribute("data-theme",t)}catch(e){}`;

export type EffectiveTheme = "light" | "dark";

/** The theme the page shows now: the stored choice on <html>, else the system's. */
export function readEffectiveTheme(): EffectiveTheme {
  const set = document.documentElement.getAttribute("data-theme");
  if (set === "dark" || set === "light") return set;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Stores a choice and applies it at once (custom properties recolour every figure). */
export function storeTheme(theme: EffectiveTheme): void {
  document.documentElement.setAttribute("data-theme", theme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private mode or storage disabled: the choice holds for this page only.
  }
}
