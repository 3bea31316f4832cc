import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { UrlStateHandover } from "@/components/controls/url-state-handover";
import { PALETTE } from "@/lib/chart/palette";
import { siteOrigin } from "@/lib/seo/site-url";
import { SITE } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/theme/stored-theme";
import { sans } from "./fonts";
import { sansItalic } from "./fonts-italic";
import "./globals.css";
import "./fonts-scripts.css";
import "./fonts-japanese.css";
import "./print.css";

export const metadata: Metadata = {
  // Canonical, Open Graph and image URLs are made absolute against the site's public origin.
  metadataBase: siteOrigin(),
  title: { default: SITE.name, template: `%s — ${SITE.name}` },
  description: SITE.description,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: PALETTE.background.light },
    { media: "(prefers-color-scheme: dark)", color: PALETTE.background.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-theme is set by the head script from the stored choice, before React hydrates.
    <html lang="en" className={`${sans.variable} ${sansItalic.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        {/* Stays mounted while each view's cached pages replace one another under it. */}
        <UrlStateHandover>{children}</UrlStateHandover>
      </body>
    </html>
  );
}
