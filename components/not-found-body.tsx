import Link from "next/link";

/** What a reader sees at an address with no page. */
export function NotFoundBody() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Go to the overview</Link> or <Link href="/trade">explore trade since 1960</Link>.
      </p>
    </>
  );
}
