import { IntentLink } from "@/components/intent-link";

/** What a reader sees at an address with no page. */
export function NotFoundBody() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <IntentLink href="/">Go to the overview</IntentLink> or{" "}
        <IntentLink href="/trade">explore trade since 1960</IntentLink>.
      </p>
    </>
  );
}
