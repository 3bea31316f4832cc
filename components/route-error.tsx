"use client";

type Props = {
  title: string;
  what: string;
  error: Error & { digest?: string };
  reset: () => void;
  home: { href: string; label: string };
};

/**
 * The error state of a route: says plainly what failed, offers a retry and the
 * default view; the header, navigation and other routes keep working.
 */
export function RouteError({ title, what, error, reset, home }: Props) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>{title}</h1>
      <p>
        Something went wrong while preparing {what}
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href={home.href}>{home.label}</a>
      </p>
    </div>
  );
}
