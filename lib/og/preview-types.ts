import type { PreviewMarks } from "./preview-marks";

/** A view's figure as its preview image draws it. */
export type PreviewFigure =
  | { kind: "chart"; panels: PreviewMarks[] }
  | {
      kind: "map";
      viewBox: string;
      neighbours: string[];
      provinces: { path: string; fill: string; cededPart: string | null }[];
      outline: string;
      treatyLine: string | null;
    }
  | { kind: "eras"; eras: { label: string; count: number; selected: boolean }[] };

export type ViewPreview = { title: string; sourceLine: string; figure: PreviewFigure };
