"use client";

import { useCallback } from "react";
import { buildEmbedFormTarget } from "@/components/controls/settings-form";
import { useUrlState } from "@/components/controls/use-url-state";
import { type EmbedOptions, buildEmbedOptionsSearch } from "@/lib/url/embed-options";
import { type AidQuery, type YearSpan, buildAidSearch } from "@/views/aid/search";
import { AidControls } from "./aid-controls";

/** The settings of an embed with controls=1: the page's own controls, whose changes go to the embed's address. */
export function EmbedAidControls({ query, span, embed }: { query: AidQuery; span: YearSpan; embed: EmbedOptions }) {
  const toSearch = useCallback((q: AidQuery) => buildAidSearch(q, span), [span]);
  const [state, setState, pending] = useUrlState(query, toSearch, 250, buildEmbedOptionsSearch(embed));
  return (
    <AidControls
      query={state}
      span={span}
      onChange={setState}
      busy={pending}
      embed={buildEmbedFormTarget("aid", embed)}
    />
  );
}
