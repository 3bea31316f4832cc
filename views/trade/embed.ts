import type { ViewEmbed } from "@/views/shared/view-definition";

/** The trade view's embed (app/embed/trade). Its own module: the share menu reads it in the browser without the view's parser. */
export const tradeEmbed: ViewEmbed = {
  title: "Japan–Cambodia trade",
  // The mirror view draws two panels, which stack in a frame narrower than a desktop page.
  frameHeight: (search) => (new URLSearchParams(search).get("reporter") === "both" ? 1200 : 640),
  examples: ["?reporter=both&from=1994&to=2020&theme=dark"],
};
