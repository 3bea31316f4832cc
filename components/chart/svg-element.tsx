import { type ReactElement, createElement } from "react";
import type { SvgNode } from "@/lib/chart/svg-node";

const KEEP = /^(data-|aria-)/;
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const PROP: Record<string, string> = { class: "className", tabindex: "tabIndex", "xlink:href": "xlinkHref" };

/** Turns the static renderer's SVG tree into React elements (no hooks: a server component can use it). */
export function toReact(node: SvgNode | string): ReactElement | string {
  if (typeof node === "string") return node;
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined) continue;
    props[PROP[k] ?? (KEEP.test(k) ? k : camel(k))] = v;
  }
  return createElement(node.tag, props, ...node.children.map(toReact));
}
