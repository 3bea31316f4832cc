import { headers } from "next/headers";
import { ImageResponse } from "next/og";
import { type CachedBody, cachedResponse, withEtag } from "@/lib/cached-response";
import { THEME } from "@/lib/chart/theme";
import { getPreviewFonts } from "@/lib/og/fonts";
import type { ViewPreview } from "@/lib/og/preview-types";
import { getViewPreview } from "@/views/shared/view-preview";
import type { ViewServer } from "@/views/shared/view-server";
import { MemoCache } from "@/lib/memo-cache";
import { SITE } from "@/lib/site";
import { PreviewFigureBox } from "@/components/og/preview-figure";

/** Open Graph's recommended size; each view's opengraph-image.tsx exports the same literal. */
const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * Shared caches may keep an image a day, browsers an hour. Not immutable: the image URL stays
 * the same when a deploy changes the data behind a view.
 */
const PREVIEW_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400";

const PAD = 48;
const WIDTH = PREVIEW_SIZE.width - 2 * PAD;
const TITLE = { size: 38, line: 44, chars: 56 };
const SOURCE = { size: 17, line: 22, chars: 120 };

/** Lines a text wraps to, estimated from its length (Satori wraps; the figure gets the rest). */
const lines = (text: string, chars: number) => Math.max(1, Math.ceil(text.length / chars));

function PreviewImage({ preview }: { preview: ViewPreview }) {
  const figureHeight =
    PREVIEW_SIZE.height -
    36 -
    28 -
    28 -
    lines(preview.title, TITLE.chars) * TITLE.line -
    28 -
    lines(preview.sourceLine, SOURCE.chars) * SOURCE.line;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        padding: `36px ${PAD}px 30px`,
        background: THEME.color.background,
        color: THEME.color.text,
        fontFamily: "Source Sans 3",
      }}
    >
      <div style={{ display: "flex", fontSize: 22, fontWeight: 700, color: THEME.color.muted }}>{SITE.name}</div>
      <div
        style={{ display: "flex", fontSize: TITLE.size, fontWeight: 700, lineHeight: `${TITLE.line}px`, marginTop: 4 }}
      >
        {preview.title}
      </div>
      <div style={{ display: "flex", flexGrow: 1, alignItems: "center", marginTop: 14 }}>
        <PreviewFigureBox figure={preview.figure} width={WIDTH} height={figureHeight} />
      </div>
      <div style={{ display: "flex", fontSize: SOURCE.size, lineHeight: `${SOURCE.line}px`, color: THEME.color.muted }}>
        {preview.sourceLine}
      </div>
    </div>
  );
}

/**
 * Drawn images, per view (bounded, least recently used out: a preview is about 30–60 KB). A
 * view's image is drawn once per process; later requests, from crawlers and chat apps that
 * skip the CDN, get the same bytes at once.
 */
const drawn = new MemoCache<Promise<CachedBody>>(64);

async function drawViewPreview(server: ViewServer, segment: string): Promise<CachedBody> {
  const [preview, fonts] = await Promise.all([getViewPreview(server, segment), getPreviewFonts()]);
  const image = new ImageResponse(<PreviewImage preview={preview} />, { ...PREVIEW_SIZE, fonts });
  return withEtag(new Uint8Array(await image.arrayBuffer()));
}

/** The preview image of the view a segment stands for (a 404 for a segment that is not canonical). */
export async function renderViewPreview(server: ViewServer, segment: string): Promise<Response> {
  const { route } = server.view;
  // Keyed as the view reads it: an escaped and an unescaped comma are the same view.
  let key = `${route}/${segment}`;
  try {
    key = `${route}/${decodeURIComponent(segment)}`;
  } catch {
    /* not escaped text: the view's own check answers 404 */
  }
  // A failure (a segment that is not a view) is not kept.
  const png = await drawn.getOrRetry(key, () => drawViewPreview(server, segment));
  // A cache or crawler that sends the ETag back gets a 304 without the image.
  return cachedResponse({ headers: await headers() }, png, PREVIEW_CACHE_CONTROL, { "Content-Type": "image/png" });
}
