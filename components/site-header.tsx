import { IntentLink } from "@/components/intent-link";
import { type NavItem, SITE } from "@/lib/site";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";

/** `nav`: the overview and the views (views/registry.ts). */
export function SiteHeader({ nav }: { nav: readonly NavItem[] }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <IntentLink href="/" className="site-title">
          {SITE.name}
        </IntentLink>
        <div className="site-header__end">
          <SiteNav items={nav} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
