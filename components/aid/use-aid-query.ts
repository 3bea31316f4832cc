"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useTransition } from "react";
import { type AidQuery, type YearSpan, buildAidSearch, parseAidParams } from "@/lib/url/aid-params";
import { fromURLSearchParams } from "@/lib/url/search-params";

/**
 * The aid view's state, read from the URL with the server's parser. `setQuery`
 * rewrites the URL at once (the chart re-queries through SWR) and then refreshes the
 * server-rendered heading, summary and table, debounced.
 */
export function useAidQuery(span: YearSpan) {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const query = useMemo(() => parseAidParams(fromURLSearchParams(new URLSearchParams(params.toString())), span).query, [params, span]);
  const setQuery = useCallback(
    (next: AidQuery) => {
      window.history.replaceState(null, "", `${pathname}${buildAidSearch(next, span)}`);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => startTransition(() => router.refresh()), 250);
    },
    [pathname, router, span],
  );
  return { query, setQuery, refreshing };
}
