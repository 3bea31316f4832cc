/**
 * Turns an SVG element on the page (e.g. a server-rendered map) into a standalone SVG
 * string for an export panel: computed colours, strokes and fonts become attributes,
 * because page CSS (classes, `var(--x)`) does not travel with the file; links become
 * plain groups, since an exported figure must hold no external references.
 */
/** Inherited properties: written only where they differ from the parent, so inheritance (and <use> copies) still work. */
const INHERITED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "paint-order",
  "letter-spacing",
] as const;
/** Not inherited: written when not at their initial value. */
const OWN: Record<string, string> = { opacity: "1", "vector-effect": "none", "dominant-baseline": "auto" };
const NOT_RENDERED = "defs, pattern, clipPath, mask, marker, symbol, linearGradient, radialGradient";
const DROP_ATTRS = /^(class|style|tabindex|role|aria-.*|data-.*|on.*)$/;

/** url("https://host/page#id") → url(#id): the computed form of a local paint reference. */
const localUrl = (value: string) => value.replace(/url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/g, "url(#$1)");

function copyStyles(source: Element, target: Element, root: Element) {
  const cs = getComputedStyle(source);
  const parent = source === root || !source.parentElement ? null : getComputedStyle(source.parentElement);
  for (const prop of INHERITED) {
    const value = cs.getPropertyValue(prop);
    if (value && (!parent || parent.getPropertyValue(prop) !== value)) target.setAttribute(prop, localUrl(value));
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = cs.getPropertyValue(prop);
    if (value && value !== initial) target.setAttribute(prop, value);
  }
}

/**
 * The colours are read in the file's theme, not the page's: the SVG's parent carries that
 * theme (data-theme, which sets the palette's custom properties) while the styles are copied,
 * all in one task, so the page never paints it.
 */
export function buildStandaloneSvg(
  svg: SVGSVGElement,
  size: { width: number; height: number },
  theme: "light" | "dark" = "light",
): string {
  const parent = svg.parentElement;
  const before = parent?.getAttribute("data-theme") ?? null;
  parent?.setAttribute("data-theme", theme);
  try {
    return standalone(svg, size);
  } finally {
    if (before === null) parent?.removeAttribute("data-theme");
    else parent?.setAttribute("data-theme", before);
  }
}

function standalone(svg: SVGSVGElement, { width, height }: { width: number; height: number }): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll("*")];
  const targets = [clone, ...clone.querySelectorAll("*")];
  sources.forEach((src, i) => {
    const el = targets[i];
    if (!el) return;
    // A label the map hid because it overlapped another (visibility) is left out like an undisplayed one.
    const style = getComputedStyle(src);
    if (
      !src.closest(NOT_RENDERED) &&
      (style.display === "none" || (src instanceof SVGTextElement && style.visibility === "hidden"))
    ) {
      el.setAttribute("display", "none");
      return;
    }
    if (!(src instanceof SVGStyleElement) && !(src instanceof SVGTitleElement)) copyStyles(src, el, svg);
    // text-transform is CSS only; SVG has no attribute for it, so the letters themselves change.
    if (src instanceof SVGTextElement && getComputedStyle(src).textTransform === "uppercase") {
      for (const node of el.querySelectorAll("*"))
        if (node.childElementCount === 0) node.textContent = (node.textContent ?? "").toUpperCase();
      if (el.childElementCount === 0) el.textContent = (el.textContent ?? "").toUpperCase();
    }
  });
  for (const el of [clone, ...clone.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) if (DROP_ATTRS.test(attr.name)) el.removeAttribute(attr.name);
    if (el.hasAttribute("href") && !el.getAttribute("href")?.startsWith("#")) el.removeAttribute("href");
  }
  // <a> → <g> (keeping children), removed <style>, <title> of the page widget, hidden nodes.
  for (const a of [...clone.querySelectorAll("a")]) {
    const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
    for (const attr of [...a.attributes]) if (attr.name !== "href") g.setAttribute(attr.name, attr.value);
    g.append(...a.childNodes);
    a.replaceWith(g);
  }
  for (const el of [...clone.querySelectorAll("style, title, script, foreignObject, [display='none']")]) el.remove();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  return new XMLSerializer().serializeToString(clone);
}
