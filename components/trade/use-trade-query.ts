"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { TradeDomains } from "@/lib/data/trade-domains";
import { type TradeQuery, buildTradeSearch, parseTradeParams } from "@/lib/url/trade-params";
import { fromURLSearchParams } from "@/lib/url/search-params";

/**
 * The trade view's state, read from the URL with the same parser the server uses.
 * `setQuery` rewrites the URL at once (history.replaceState keeps Next's router in
 * sync, so the chart re-queries immediately) and then refreshes the server-rendered
 * summary and table, debounced so that holding an arrow key does not flood the server.
 */
export function useTradeQuery(domains: TradeDomains) {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const query = useMemo(() => parseTradeParams(fromURLSearchParams(new URLSearchParams(params.toString())), (r) => domains[r]).query, [params, domains]);

  const setQuery = useCallback(
    (next: TradeQuery) => {
      const search = buildTradeSearch(next, domains[next.reporter]);
      window.history.replaceState(null, "", `${pathname}${search}`);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => startTransition(() => router.refresh()), 250);
    },
    [domains, pathname, router],
  );

  return { query, setQuery, refreshing };
}
