"use client";

import { RouteError } from "@/components/route-error";

export default function MapError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="The map could not be drawn"
      what="the 1941 map"
      home={{ href: "/map", label: "Reload the default map" }}
    />
  );
}
