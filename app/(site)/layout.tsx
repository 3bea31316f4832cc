import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { NAV } from "@/views/registry";

/** Every page of the site has the header, navigation and footer; the embed routes (app/embed) do not. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome nav={NAV}>{children}</SiteChrome>;
}
