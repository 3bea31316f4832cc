"use client";

import { useSyncExternalStore } from "react";
import type { ExportFigure } from "@/lib/export/figure";
import { SITE } from "@/lib/site";
import { type EmbedTarget, buildIframeSnippet, buildViewLink } from "@/lib/share/share-links";

export type ShareStatus = { text: string; error: boolean };
export type SharePanelProps = {
  getFigure: () => Promise<ExportFigure>;
  preload?: () => void;
  /** The view's embed, for the snippet; none for a view without one. */
  embed?: EmbedTarget;
  onStatus: (status: ShareStatus) => void;
};

const noop = () => () => {};
/** What this browser can do (the panel only ever renders in the browser; the server snapshot is for React's contract). */
type Abilities = { image: boolean; share: boolean };
const SERVER: Abilities = { image: false, share: false };
let abilities: Abilities | null = null;
function readAbilities(): Abilities {
  abilities ??= {
    image:
      typeof ClipboardItem !== "undefined" &&
      typeof navigator.clipboard?.write === "function" &&
      (typeof ClipboardItem.supports !== "function" || ClipboardItem.supports("image/png")),
    share: typeof navigator.share === "function",
  };
  return abilities;
}

// The image is drawn by the export pipeline, fetched on the first hover, focus or use of the menu.
const loadPipeline = () => import("@/lib/export/browser/run-export");
const warmPipeline = () => {
  loadPipeline().then(
    (m) => m.prepareExport(),
    () => {
      // A failed prefetch is retried, and reported, on click.
    },
  );
};

/**
 * The share menu's items, loaded when the reader first reaches for the menu (share-menu.tsx): copy the link to the view on screen, copy an
 * <iframe> snippet of its embed (routes with one), copy the chart image where the browser can
 * put a PNG on the clipboard, and the system share sheet where there is one. The address is
 * read at click time: the URL is the view's state. Each action is confirmed in a live region.
 */
export function SharePanel({ getFigure, preload, embed, onStatus }: SharePanelProps) {
  const can = useSyncExternalStore(noop, readAbilities, () => SERVER);
  const setStatus = (text: string) => onStatus({ text, error: false });

  const report = (work: Promise<unknown>, done: string, failed: string) => {
    // Cleared first, so the same confirmation twice in a row is announced twice.
    setStatus("");
    work.then(
      () => setStatus(done),
      (e: unknown) => {
        // Closing the share sheet is the reader's choice, not an error.
        if (e instanceof DOMException && e.name === "AbortError") return;
        onStatus({ text: `${failed}: ${e instanceof Error ? e.message : String(e)}`, error: true });
      },
    );
  };
  const here = () => buildViewLink(window.location.origin, window.location.pathname, window.location.search);
  const copyText = (text: string) =>
    navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard access"));

  const copyLink = () => report(copyText(here()), "Link to this view copied.", "Could not copy the link");
  const copySnippet = () =>
    embed &&
    report(
      copyText(buildIframeSnippet(window.location.origin, embed, window.location.search, SITE.name)),
      "Embed code copied.",
      "Could not copy the embed code",
    );
  // The item is written with a pending PNG inside the click, so browsers that require the
  // clipboard write to start in the gesture (Safari) accept an image that takes a moment to draw.
  const copyImage = () => {
    const png = Promise.all([loadPipeline(), getFigure()]).then(([{ buildExportPng }, figure]) =>
      buildExportPng(figure),
    );
    report(
      navigator.clipboard.write([new ClipboardItem({ "image/png": png })]),
      "Chart image copied.",
      "Could not copy the image",
    );
  };
  const share = () => report(navigator.share({ title: document.title, url: here() }), "Shared.", "Could not share");

  const warm = () => {
    if (!can.image) return;
    warmPipeline();
    preload?.();
  };
  const item = (key: string, text: string, onClick: () => void) => (
    <button
      key={key}
      type="button"
      className="button button--quiet share-menu__button"
      data-share={key}
      onClick={onClick}
    >
      {text}
    </button>
  );
  return (
    <div className="share-menu__panel" onPointerEnter={warm} onFocus={warm}>
      {item("link", "Copy link", copyLink)}
      {embed && item("embed", "Copy embed code", copySnippet)}
      {can.image && item("image", "Copy image", copyImage)}
      {can.share && item("system", "Share…", share)}
    </div>
  );
}
