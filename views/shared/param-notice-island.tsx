"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { type ParamIssue, fromURLSearchParams } from "@/lib/url/search-params";
import type { ViewContext } from "@/views/shared/view-definition";
import type { ViewRoute } from "@/views/registry";
import { ParamNotice } from "@/components/param-notice";

/** `embed`: the page is an embed, whose own options (theme, controls) are read apart from the view's. */
type Props = { route: ViewRoute; ctx: ViewContext; defaultsText: string; embed?: boolean };

/**
 * The notice for settings in the address that could not be used. A page is cached per
 * view, and a bad link shares the cache entry (and the bytes) of the view it falls back
 * to, so the server cannot name the bad parameter; this island runs the route's own parser
 * on the address instead. The parsers load only when the address has a query string.
 */
export function ParamNoticeIsland({ route, ctx, defaultsText, embed = false }: Props) {
  const text = useSearchParams().toString();
  const [found, setFound] = useState<{ text: string; issues: ParamIssue[] }>({ text: "", issues: [] });
  useEffect(() => {
    if (!text) return;
    let live = true;
    const raw = fromURLSearchParams(new URLSearchParams(text));
    void Promise.all([import("@/views/shared/view-key"), embed ? import("@/lib/url/embed-params") : null]).then(
      ([{ buildViewSearch }, embedParams]) => {
        const own = embedParams?.parseEmbedParams(raw);
        const { issues } = buildViewSearch(route, own ? own.view : raw, ctx);
        if (live) setFound({ text, issues: [...(own?.issues ?? []), ...issues] });
      },
    );
    return () => {
      live = false;
    };
  }, [route, ctx, text, embed]);
  return <ParamNotice issues={found.text === text ? found.issues : []} defaultsText={defaultsText} />;
}
