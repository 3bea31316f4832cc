import Link from "next/link";

export default function NotFound() {
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
