import type { ViewEmbed } from "@/views/shared/view-definition";

/** The aid view's embed (app/embed/aid). Its own module: the share menu reads it in the browser without the view's parser. */
export const aidEmbed: ViewEmbed = {
  title: "Japan's aid to Cambodia",
  frameHeight: () => 640,
  examples: ["?from=1975&to=2000&year=1992&theme=light"],
};
