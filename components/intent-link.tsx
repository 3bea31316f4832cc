"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, SyntheticEvent } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link to another page or view of the site that fetches its payload when the reader
 * reaches for it (pointer over it, keyboard focus, a touch), as a client navigation needs,
 * but not when it merely scrolls into sight. Next's default prefetches every visible link
 * after load: on /trade that was 14 payload requests per visit, which a crowd multiplies on
 * the server and which a phone parses while the page should answer its reader.
 */
export function IntentLink({ href, onPointerEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const then =
    <E extends SyntheticEvent<HTMLAnchorElement>>(own?: (e: E) => void) =>
    (e: E) => {
      router.prefetch(href);
      own?.(e);
    };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={then(onPointerEnter)}
      onFocus={then(onFocus)}
      onTouchStart={then(onTouchStart)}
    />
  );
}
