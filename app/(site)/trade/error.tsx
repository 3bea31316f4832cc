"use client";

import { RouteError } from "@/components/route-error";

export default function TradeError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="The trade view could not be shown"
      what="the trade figures"
      home={{ href: "/trade", label: "Open the default view" }}
    />
  );
}
