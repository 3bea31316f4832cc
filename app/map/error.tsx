"use client";

export default function MapError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>The map could not be drawn</h1>
      <p>Something went wrong while preparing the 1941 map{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/map">Reload the default map</a>
      </p>
    </div>
  );
}
