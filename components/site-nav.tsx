"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/site";

/** Client only to mark the current page (aria-current); the links work without JS. */
export function SiteNav({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="site-nav">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <IntentLink href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
