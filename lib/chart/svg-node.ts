import { escapeXml } from "@/lib/chart/text-layout";

/**
 * A minimal SVG element tree. The static renderer builds one tree per chart; React
 * turns it into elements on the server page (components/chart/chart-svg.tsx) and
 * `serializeSvg` turns the same tree into the export's string, so both are one drawing.
 */
export type SvgAttrs = Record<string, string | number | undefined>;
export type SvgNode = { tag: string; attrs: SvgAttrs; children: (SvgNode | string)[] };

export const h = (tag: string, attrs: SvgAttrs = {}, ...children: (SvgNode | string | null | false)[]): SvgNode => ({
  tag,
  attrs,
  children: children.filter((c): c is SvgNode | string => c !== null && c !== false),
});

/** How an attribute's value is written: the page paints colours with CSS custom properties (components/chart/svg-element.tsx). */
export type AttrWriter = (name: string, value: string) => string;
const asIs: AttrWriter = (_, v) => v;

export function serializeSvg(node: SvgNode | string, write: AttrWriter = asIs): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(write(k, String(v)))}"`)
    .join("");
  return `<${node.tag}${attrs}>${node.children.map((c) => serializeSvg(c, write)).join("")}</${node.tag}>`;
}
