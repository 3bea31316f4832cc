import type { ReactNode } from "react";
import { type EmbedOptions, buildEmbedOptionsSearch, embedHref } from "@/lib/url/embed-options";

/**
 * Where a settings form sends the reader inside an embed: the embed's path, its own options
 * (theme, controls) as hidden fields, so "Apply" without JavaScript stays in the embed as it
 * is, and the reset link. Plain values, built by the embed's controls only, so the full
 * pages' settings ship none of this.
 */
export type EmbedFormTarget = { action: string; fields: [string, string][]; reset: string };

export function buildEmbedFormTarget(route: "trade" | "aid", options: EmbedOptions): EmbedFormTarget {
  return {
    action: `/embed/${route}`,
    fields: [...new URLSearchParams(buildEmbedOptionsSearch(options))],
    reset: embedHref(`/${route}`, options),
  };
}

/** The settings form of /trade and /aid: a plain GET form to the page, or to the embed it is in. */
export function SettingsForm({
  route,
  embed,
  busy,
  children,
}: {
  route: "trade" | "aid";
  embed?: EmbedFormTarget;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <form
      className="controls"
      method="get"
      action={embed?.action ?? `/${route}`}
      aria-label="Chart settings"
      aria-busy={busy}
    >
      {embed?.fields.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
    </form>
  );
}
