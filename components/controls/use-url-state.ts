"use client";

import { usePathname, useRouter } from "next/navigation";
import { use, useCallback, useEffect, useState, useTransition } from "react";
import { HandoverContext } from "./url-state-handover";

/** A selector that finds the same settings control (by name, and value for a radio or checkbox) in the next page. */
function focusSelector(el: Element | null): string | null {
  const name = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.name : "";
  if (!name) return null;
  return (
    `form [name="${name}"]` +
    (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox") ? `[value="${el.value}"]` : "")
  );
}

/**
 * View state that lives in the URL. Changes apply to the local state at once (the
 * chart redraws immediately) and reach the URL after a short pause, so that holding
 * an arrow key does not send one server render per year. The server's parse of the
 * URL stays the source of truth: when it sends a different state (back/forward, a
 * shared link), that state wins.
 * `suffix`: pairs the URL carries besides the view's (an embed's theme and controls), appended as they are.
 */
export function useUrlState<T>(serverState: T, toSearch: (state: T) => string, delay = 250, suffix = "") {
  const router = useRouter();
  const pathname = usePathname();
  const handover = use(HandoverContext);
  if (!handover) throw new Error("useUrlState needs <UrlStateHandover> above it (app/layout.tsx)");
  // A change made on the previous page of this view and not yet in the URL carries over.
  const [carried] = useState(() => {
    const latest = handover.get("latest");
    return latest && latest.path === pathname && latest.search !== toSearch(serverState) ? latest : null;
  });
  const [state, setState] = useState(carried ? (carried.state as T) : serverState);
  const [seen, setSeen] = useState(serverState);
  // The search string of the latest change sent to the URL and not yet echoed by the server.
  const [expected, setExpected] = useState<string | null>(carried ? carried.search : null);
  const [pending, startTransition] = useTransition();

  // A new state from the server is adopted during render (not in an effect), per React's
  // guidance. Echoes of our own earlier, intermediate changes are ignored, or a fast
  // sequence of key presses would be rolled back by the slower server renders.
  const serverSearch = toSearch(serverState);
  if (serverSearch !== toSearch(seen)) {
    setSeen(serverState);
    if (expected === null) setState(serverState);
    else if (serverSearch === expected) setExpected(null);
  }
  // Once the server has echoed the latest change, nothing is left to carry over.
  useEffect(() => {
    const latest = handover.get("latest");
    if (latest?.path === pathname && latest.search === serverSearch) handover.set("latest", null);
  }, [handover, pathname, serverSearch]);

  // The control the reader was using on the previous page gets the focus back, so holding or
  // pressing a key carries on.
  useEffect(() => {
    const target = handover.get("focus");
    handover.set("focus", null);
    if (!target || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLElement>(target)?.focus();
  }, [handover]);

  const update = useCallback(
    (next: T) => {
      setState(next);
      setExpected(toSearch(next));
      handover.set("latest", { path: pathname, search: toSearch(next), state: next });
      const waiting = handover.get("timer");
      if (waiting) clearTimeout(waiting);
      // Not cleared on unmount: a change made while the previous one was loading must still
      // reach the URL once the new page is in (unless the reader has left the page).
      const timer = setTimeout(() => {
        handover.set("timer", null);
        if (window.location.pathname !== pathname) {
          handover.set("latest", null);
          return;
        }
        handover.set("focus", focusSelector(document.activeElement));
        const search = toSearch(next);
        const extra = suffix ? `${search ? "&" : "?"}${suffix}` : "";
        startTransition(() => router.replace(`${pathname}${search}${extra}`, { scroll: false }));
      }, delay);
      handover.set("timer", timer);
    },
    [delay, handover, pathname, router, toSearch, suffix],
  );

  return [state, update, pending] as const;
}
