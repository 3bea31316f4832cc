import { renderViewPreview } from "@/views/shared/preview-image";
import { tradeServer } from "@/views/trade/server";

/** This view's Open Graph / Twitter image, drawn from its URL state (components/og). */
export const alt = "Chart of the trade view: Japan–Cambodia trade as the view shows it, with its title and source";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ view: string }> }) {
  return renderViewPreview(tradeServer, (await params).view);
}
