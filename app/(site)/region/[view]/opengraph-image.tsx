import { renderViewPreview } from "@/views/shared/preview-image";
import { regionServer } from "@/views/region/server";

/** This view's Open Graph / Twitter image, drawn from its URL state (components/og). */
export const alt =
  "Chart of Japan's trade with or aid to Cambodia and its neighbours for the view, with its title and source";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ view: string }> }) {
  return renderViewPreview(regionServer, (await params).view);
}
