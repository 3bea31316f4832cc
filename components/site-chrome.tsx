import type { ReactNode } from "react";
import type { NavItem } from "@/lib/site";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** The site's frame around a page: skip link, header, main landmark and footer (embeds have none of it). */
export function SiteChrome({ nav, children }: { nav: readonly NavItem[]; children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader nav={nav} />
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
