"use client";

import { type ComponentType, useId, useState } from "react";
import type { ExportFigure } from "@/lib/export/figure";
import type { EmbedTarget } from "@/lib/share/share-links";
import type { SharePanelProps, ShareStatus } from "./share-panel";
import "./share-menu.css";

// The items (links, snippet, clipboard and share-sheet code) are their own chunk, fetched the
// first time the button is hovered, focused or pressed, never with the page.
let loaded: ComponentType<SharePanelProps> | null = null;
// Each view is its own cached page, so a change of view mounts the menu anew: one the reader
// left open stays open on the next view (only ever true after a client-side first open).
let keptOpen = false;
const loadPanel = () =>
  import("./share-panel").then((m) => {
    loaded = m.SharePanel;
    return m.SharePanel;
  });
const prefetch = () => {
  loadPanel().catch(() => {
    // Retried, and reported, on the press.
  });
};

/**
 * The share menu beside a figure's export menu: a button that opens the share items
 * (share-panel.tsx). Outcomes of the items are confirmed in this menu's live region, which is
 * in the page from the start so that screen readers announce what lands in it.
 */
export function ShareMenu({
  label,
  getFigure,
  preload,
  embed,
}: {
  label: string;
  getFigure: () => Promise<ExportFigure>;
  preload?: () => void;
  /** The view's embed, whose snippet the menu offers. */
  embed?: EmbedTarget;
}) {
  const [Panel, setPanel] = useState<ComponentType<SharePanelProps> | null>(null);
  const [open, setOpen] = useState(() => keptOpen && loaded !== null);
  const [status, setStatus] = useState<ShareStatus>({ text: "", error: false });
  const id = useId();
  const toggle = () => {
    keptOpen = !open;
    setOpen(!open);
    if (Panel) return;
    loadPanel().then(
      (p) => setPanel(() => p),
      (e: unknown) => setStatus({ text: `The share menu could not be loaded: ${String(e)}`, error: true }),
    );
  };
  const Items = open ? (Panel ?? loaded) : null;
  return (
    <div
      className="share-menu"
      role="group"
      aria-labelledby={`${id}-label`}
      onPointerEnter={prefetch}
      onFocus={prefetch}
    >
      <button
        id={`${id}-label`}
        type="button"
        className="button button--quiet share-menu__toggle"
        aria-expanded={open}
        aria-controls={`${id}-items`}
        onClick={toggle}
      >
        Share {label}
      </button>
      <div id={`${id}-items`} className="share-menu__items" hidden={!open}>
        {Items && <Items getFigure={getFigure} preload={preload} embed={embed} onStatus={setStatus} />}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-share-status>
        {status.error ? "" : status.text}
      </p>
      {status.error && (
        <p className="notice notice--error share-menu__error" role="alert">
          {status.text}
        </p>
      )}
    </div>
  );
}
