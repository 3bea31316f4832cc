import { renderViewPreview } from "@/views/shared/preview-image";
import { aidServer } from "@/views/aid/server";

/** This view's Open Graph / Twitter image, drawn from its URL state (components/og). */
export const alt = "Chart of Japan's net aid to Cambodia for the view's years, with its title and source";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ view: string }> }) {
  return renderViewPreview(aidServer, (await params).view);
}
