"use client";

import { useCallback } from "react";
import { buildEmbedFormTarget } from "@/components/controls/settings-form";
import { TradeControls } from "./trade-controls";
import { useUrlState } from "@/components/controls/use-url-state";
import type { TradeDomains } from "@/lib/transform/trade-domains";
import { type EmbedOptions, buildEmbedOptionsSearch } from "@/lib/url/embed-options";
import { type TradePageQuery, buildTradePageSearch } from "@/views/trade/search";

/*
 * The settings of an embed with controls=1: the full page's own controls, whose changes go to
 * the embed's address (with its theme and controls), where the server draws the new static
 * figure. No interactive chart: the embed stays a figure.
 */

export function EmbedTradeControls({
  query,
  domains,
  embed,
}: {
  query: TradePageQuery;
  domains: TradeDomains;
  embed: EmbedOptions;
}) {
  const toSearch = useCallback((q: TradePageQuery) => buildTradePageSearch(q, domains[q.reporter]), [domains]);
  const [state, setState, pending] = useUrlState(query, toSearch, 250, buildEmbedOptionsSearch(embed));
  return (
    <TradeControls
      query={state}
      domains={domains}
      onChange={setState}
      busy={pending}
      embed={buildEmbedFormTarget("trade", embed)}
    />
  );
}
