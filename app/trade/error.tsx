"use client";

/** A failure while loading the view: say so plainly and offer a retry; the rest of the site keeps working. */
export default function TradeError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>The trade view could not be shown</h1>
      <p>{error.digest ? `The server could not prepare the figures (reference ${error.digest}).` : error.message}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/trade">Open the default view</a>
      </p>
    </div>
  );
}
