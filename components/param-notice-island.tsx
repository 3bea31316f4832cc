"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { type ParamIssue, fromURLSearchParams } from "@/lib/url/search-params";
import type { ViewContext, ViewRoute } from "@/lib/url/view-key";
import { ParamNotice } from "./param-notice";

type Props = { route: ViewRoute; ctx: ViewContext; defaultsText: string };

/**
 * The notice for settings in the address that could not be used. A page is cached per
 * view, and a bad link shares the cache entry (and the bytes) of the view it falls back
 * to, so the server cannot name the bad parameter; this island runs the route's own parser
 * on the address instead. The parsers load only when the address has a query string.
 */
export function ParamNoticeIsland({ route, ctx, defaultsText }: Props) {
  const text = useSearchParams().toString();
  const [found, setFound] = useState<{ text: string; issues: ParamIssue[] }>({ text: "", issues: [] });
  useEffect(() => {
    if (!text) return;
    let live = true;
    void import("@/lib/url/view-key").then(({ buildViewSearch }) => {
      const { issues } = buildViewSearch(route, fromURLSearchParams(new URLSearchParams(text)), ctx);
      if (live) setFound({ text, issues });
    });
    return () => {
      live = false;
    };
  }, [route, ctx, text]);
  return <ParamNotice issues={found.text === text ? found.issues : []} defaultsText={defaultsText} />;
}
