"use client";

import { RouteError } from "@/components/route-error";

export default function RegionError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="The region view could not be shown"
      what="the figures for Japan and its mainland Southeast Asian partners"
      home={{ href: "/region", label: "Open the default view" }}
    />
  );
}
