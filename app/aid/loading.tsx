import { NoJsStreamFix } from "@/components/no-js-stream-fix";

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="route-loading">
      <NoJsStreamFix />
      <h1>Japan&apos;s aid to Cambodia</h1>
      <p className="muted">Loading the aid figures…</p>
      <div className="chart-box skeleton" />
    </div>
  );
}
