import { type ReactElement, type Ref, createElement } from "react";
import { type AttrWriter, type SvgNode, serializeSvg } from "@/lib/chart/svg-node";
import { PAINT_ATTRIBUTES, paintFor } from "@/lib/chart/palette";

const KEEP = /^(data-|aria-)/;
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const PROP: Record<string, string> = { class: "className", tabindex: "tabIndex", "xlink:href": "xlinkHref" };

/**
 * On the page every palette colour is painted as its CSS custom property, so the reader's
 * theme (light, dark, or the system's) recolours the figure without a second drawing.
 */
const pagePaint: AttrWriter = (name, value) => (PAINT_ATTRIBUTES.has(name) ? paintFor(value, "page") : value);

function propsOf(node: SvgNode): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined) continue;
    props[PROP[k] ?? (KEEP.test(k) ? k : camel(k))] = typeof v === "string" ? pagePaint(k, v) : v;
  }
  return props;
}

/** Turns the static renderer's SVG tree into React elements (no hooks: a server component can use it). */
export function toReact(node: SvgNode | string): ReactElement | string {
  if (typeof node === "string") return node;
  return createElement(node.tag, propsOf(node), ...node.children.map(toReact));
}

/**
 * The root element as React, its content as markup. A static figure never changes on the
 * client, so React need not know its hundreds of elements: hydration builds no element tree
 * for them, and the HTML is the same. `ref` (client components only) receives the root.
 */
export function toReactWithMarkup(node: SvgNode, ref?: Ref<Element>): ReactElement {
  return createElement(node.tag, {
    ...propsOf(node),
    ...(ref ? { ref } : {}),
    dangerouslySetInnerHTML: { __html: node.children.map((c) => serializeSvg(c, pagePaint)).join("") },
  });
}
