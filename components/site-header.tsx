import Link from "next/link";
import { NAV, SITE } from "@/lib/site";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-title">
          {SITE.name}
        </Link>
        <SiteNav items={NAV} />
      </div>
    </header>
  );
}
