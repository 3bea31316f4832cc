"use client";

import { useId, useState, useSyncExternalStore } from "react";
import type { ThemeName } from "@/lib/chart/palette";
import type { ExportFigure, ExportFormat } from "@/lib/export/figure";
import "./export-menu.css";

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "png", label: "Download PNG" },
  { format: "svg", label: "Download SVG" },
  { format: "csv", label: "Download CSV" },
  { format: "json", label: "Download JSON" },
];
const DENSITIES = [1, 2, 4] as const;
const noop = () => () => {};

// The pipeline (fonts, composition, rasteriser, PNG chunks) is a separate chunk, fetched
// the first time the menu is hovered, focused or used, never with the page.
const loadPipeline = () => import("@/lib/export/browser/run-export");
const prepare = () => {
  loadPipeline().then(
    (m) => m.prepareExport(),
    () => {
      // A failed prefetch is retried, and reported, on click.
    },
  );
};

/**
 * The export menu of one figure. Only this small component ships with the page; the
 * figure's description comes from `getFigure` (which should itself import its adapter
 * on demand) and the export code loads when first needed.
 */
export function ExportMenu({
  label,
  getFigure,
  preload,
  disabled = false,
}: {
  label: string;
  /** The figure for a file of the given theme (the map's drawing is read from the page in that theme). */
  getFigure: (theme: ThemeName) => Promise<ExportFigure>;
  /** Fetches the figure's adapter ahead of the first click. */
  preload?: () => void;
  disabled?: boolean;
}) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [density, setDensity] = useState<number>(2);
  const [theme, setTheme] = useState<ThemeName>("light");
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string>("");
  const id = useId();

  const run = async (format: ExportFormat) => {
    if (busy) return; // buttons stay enabled (and focused) while a file is prepared
    setBusy(format);
    setError(null);
    setDone("");
    performance.mark("export:click");
    try {
      const [{ runExport }, figure] = await Promise.all([loadPipeline(), getFigure(theme)]);
      performance.mark("export:loaded");
      const fileName = await runExport(figure, format, { density, theme });
      setDone(`Downloaded ${fileName}.`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(`Could not export ${format.toUpperCase()}: ${message}`);
    } finally {
      setBusy(null);
    }
  };

  const warm = () => {
    prepare();
    preload?.();
  };
  const off = !hydrated || disabled;
  return (
    <div
      className="export-menu"
      role="group"
      aria-labelledby={`${id}-label`}
      onPointerEnter={warm}
      onFocus={warm}
      aria-busy={busy !== null}
    >
      <span id={`${id}-label`} className="export-menu__label">
        Export {label}
      </span>
      <label className="export-menu__density">
        PNG size
        <select value={density} onChange={(e) => setDensity(Number(e.target.value))} disabled={off}>
          {DENSITIES.map((d) => (
            <option key={d} value={d}>
              {d}×
            </option>
          ))}
        </select>
      </label>
      <label className="export-menu__density">
        Image theme
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)} disabled={off}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      {FORMATS.map((f) => (
        <button
          key={f.format}
          type="button"
          className="button button--quiet export-menu__button"
          data-format={f.format}
          disabled={off}
          onClick={() => void run(f.format)}
        >
          {f.label}
        </button>
      ))}
      <p className="visually-hidden" role="status">
        {busy ? `Preparing ${busy.toUpperCase()}…` : done}
      </p>
      {error && (
        <p className="notice notice--error export-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
