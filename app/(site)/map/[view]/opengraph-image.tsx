import { renderViewPreview } from "@/views/shared/preview-image";
import { mapServer } from "@/views/map/server";

/** This view's Open Graph / Twitter image, drawn from its URL state (components/og). */
export const alt = "Map of Cambodia's provinces in the view's phase of the 1941 cession, with its title and sources";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ view: string }> }) {
  return renderViewPreview(mapServer, (await params).view);
}
