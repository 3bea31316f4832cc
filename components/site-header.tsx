import Link from "next/link";
import { NAV, SITE } from "@/lib/site";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-title">
          {SITE.name}
        </Link>
        <div className="site-header__end">
          <SiteNav items={NAV} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
