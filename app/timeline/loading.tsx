import { NoJsStreamFix } from "@/components/no-js-stream-fix";

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="route-loading">
      <NoJsStreamFix />
      <h1>Timeline</h1>
      <p className="muted">Loading the events…</p>
    </div>
  );
}
