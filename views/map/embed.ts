import type { ViewEmbed } from "@/views/shared/view-definition";

/** The map view's embed (app/embed/map). Its own module: the share menu reads it in the browser without the view's parser. */
export const mapEmbed: ViewEmbed = {
  title: "1941: the provinces Cambodia lost to Thailand",
  frameHeight: () => 1100,
  examples: ["?phase=annexed&province=battambang&theme=dark"],
};
