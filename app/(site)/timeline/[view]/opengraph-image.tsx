import { renderViewPreview } from "@/views/shared/preview-image";
import { timelineServer } from "@/views/timeline/server";

/** This view's Open Graph / Twitter image, drawn from its URL state (components/og). */
export const alt = "Events of the Cambodia–Japan timeline per era, with the view's title";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ view: string }> }) {
  return renderViewPreview(timelineServer, (await params).view);
}
