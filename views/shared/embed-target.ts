import type { EmbedTarget } from "@/lib/share/share-links";
import type { ViewEmbed } from "@/views/shared/view-definition";

/** A view's embed as the share menu offers it. */
export function embedTarget(route: string, embed: ViewEmbed): EmbedTarget {
  return { route, title: embed.title, frameHeight: embed.frameHeight };
}
