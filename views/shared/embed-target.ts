import type { EmbedTarget } from "@/lib/share/share-links";
import type { ViewDefinition } from "@/views/view-definition";

/** A view's embed as the share menu offers it, or undefined for a view without one. */
export function embedTarget(view: Pick<ViewDefinition, "route" | "embed">): EmbedTarget | undefined {
  return view.embed ? { route: view.route, title: view.embed.title, frameHeight: view.embed.frameHeight } : undefined;
}
