import { langText } from "@/components/lang-text";
import { type ReactNode, Suspense } from "react";
import { ParamNoticeIsland } from "@/views/shared/param-notice-island";
import type { EmbedRoute } from "@/views/registry";
import type { ViewContext } from "@/views/shared/view-definition";
import type { ExportSource } from "@/lib/export/figure";
import type { EmbedTheme } from "@/lib/url/embed-options";
import "./embed.css";

type Props = {
  route: EmbedRoute;
  /** What the notice's parser needs (noticeContext of the route). */
  noticeCtx: ViewContext;
  theme: EmbedTheme;
  /** The figure's title: the document's only heading. */
  title: string;
  /** The full view with the same settings (/trade?reporter=both…). */
  fullHref: string;
  /** The figure's sources and licence line, as its export names them. */
  sources: readonly ExportSource[];
  licence: string;
  children: ReactNode;
};

/**
 * The frame of an embed page: the figure and its legend (children), one source line and a link
 * to the full view. The theme is set on this wrapper from the URL (auto follows the reader's
 * system through the CSS in app/globals.css), so no script is needed for it. A setting in the
 * address that could not be used is named, as on the full pages.
 */
export function EmbedFrame({ route, noticeCtx, theme, title, fullHref, sources, licence, children }: Props) {
  return (
    <main className="embed" data-theme={theme}>
      <h1 className="embed__title">{title}</h1>
      <Suspense fallback={null}>
        <ParamNoticeIsland route={route} ctx={noticeCtx} defaultsText="Showing the default for those settings." embed />
      </Suspense>
      {children}
      <p className="embed__sources">
        Source{sources.length > 1 ? "s" : ""}:{" "}
        {sources.map((s, i) => (
          <span key={s.url + s.name}>
            {i > 0 && "; "}
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {langText(s.name)}
            </a>
          </span>
        ))}
        . {licence}
      </p>
      <p className="embed__full">
        {/* A new tab: the host page stays where it is, and the full view gets the whole window. */}
        <a href={fullHref} target="_blank" rel="noopener">
          Open the full view with its data table and sources ↗
        </a>
      </p>
    </main>
  );
}
