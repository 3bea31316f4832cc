"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";

/**
 * View state that lives in the URL. Changes apply to the local state at once (the
 * chart redraws immediately) and reach the URL after a short pause, so that holding
 * an arrow key does not send one server render per year. The server's parse of the
 * URL stays the source of truth: when it sends a different state (back/forward, a
 * shared link), that state wins.
 */
export function useUrlState<T>(serverState: T, toSearch: (state: T) => string, delay = 250) {
  const router = useRouter();
  const pathname = usePathname();
  const [state, setState] = useState(serverState);
  const [seen, setSeen] = useState(serverState);
  // The search string of the latest change sent to the URL and not yet echoed by the server.
  const [expected, setExpected] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A new state from the server is adopted during render (not in an effect), per React's
  // guidance. Echoes of our own earlier, intermediate changes are ignored, or a fast
  // sequence of key presses would be rolled back by the slower server renders.
  const serverSearch = toSearch(serverState);
  if (serverSearch !== toSearch(seen)) {
    setSeen(serverState);
    if (expected === null) setState(serverState);
    else if (serverSearch === expected) setExpected(null);
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const update = useCallback(
    (next: T) => {
      setState(next);
      setExpected(toSearch(next));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        startTransition(() => router.replace(`${pathname}${toSearch(next)}`, { scroll: false }));
      }, delay);
    },
    [delay, pathname, router, toSearch],
  );

  return [state, update, pending] as const;
}
