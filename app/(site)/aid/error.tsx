"use client";

import { RouteError } from "@/components/route-error";

export default function AidError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="The aid view could not be shown"
      what="the aid figures"
      home={{ href: "/aid", label: "Open the default view" }}
    />
  );
}
