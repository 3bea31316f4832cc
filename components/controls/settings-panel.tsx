import type { ReactNode } from "react";

/**
 * A view's settings in one native disclosure next to its figure. On a phone it starts closed, so
 * the figure comes first under the title and the one-line summary of the settings; the reader
 * opens it with a tap, with or without JavaScript (the forms inside still submit). On wider
 * screens CSS keeps its content shown and the summary line hidden (app/globals.css), so the
 * settings stay in view there, also without JavaScript.
 */
export function SettingsPanel({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="settings-panel" data-settings-panel="">
      <summary className="settings-panel__summary">
        <span className="settings-panel__label">Settings</span>
        <span className="settings-panel__current" data-settings-summary="">
          {summary}
        </span>
      </summary>
      <div className="settings-panel__body">{children}</div>
    </details>
  );
}
