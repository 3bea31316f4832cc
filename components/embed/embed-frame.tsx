import type { ReactNode } from "react";
import type { ExportSource } from "@/lib/export/figure";
import type { EmbedTheme } from "@/lib/url/embed-options";
import "./embed.css";

type Props = {
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
 * system through the CSS in app/globals.css), so no script is needed for it.
 */
export function EmbedFrame({ theme, title, fullHref, sources, licence, children }: Props) {
  return (
    <main className="embed" data-theme={theme}>
      <h1 className="embed__title">{title}</h1>
      {children}
      <p className="embed__sources">
        Source{sources.length > 1 ? "s" : ""}:{" "}
        {sources.map((s, i) => (
          <span key={s.url + s.name}>
            {i > 0 && "; "}
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.name}
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
