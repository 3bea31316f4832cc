"use client";

export default function AidError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>The aid view could not be shown</h1>
      <p>{error.digest ? `Error reference: ${error.digest}.` : "An unexpected error occurred."}</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
