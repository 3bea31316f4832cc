export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <h1>Timeline</h1>
      <p className="muted">Loading the events…</p>
    </div>
  );
}
