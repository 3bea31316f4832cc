import { IntentLink } from "@/components/intent-link";
import { NAV, SITE } from "@/lib/site";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <IntentLink href="/" className="site-title">
          {SITE.name}
        </IntentLink>
        <div className="site-header__end">
          <SiteNav items={NAV} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
