import type { Metadata } from "next";
import { DEFAULT_VIEW } from "@/lib/url/segment";
import { TradeEmbed } from "@/views/trade/embed-page";

/** Cached like the full views: the default embed is prerendered, every other one renders once. */
export const dynamicParams = true;
export function generateStaticParams() {
  return [{ view: DEFAULT_VIEW }];
}

export const metadata: Metadata = { title: "Trade (embed)", robots: { index: false } };

export default TradeEmbed;
