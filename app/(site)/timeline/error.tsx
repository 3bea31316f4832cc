"use client";

import { RouteError } from "@/components/route-error";

export default function TimelineError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="The timeline could not be shown"
      what="the timeline"
      home={{ href: "/timeline", label: "Show the whole timeline" }}
    />
  );
}
