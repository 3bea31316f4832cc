import { NotFoundBody } from "@/components/not-found-body";
import { SiteHeader } from "@/components/site-header";
import { NAV } from "@/views/registry";

/**
 * An address that matches no route. Next sends this element with every page's payload (the
 * root layout's not-found slot), so it carries the header and navigation but not the footer.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader nav={NAV} />
      <main id="main" className="container" tabIndex={-1}>
        <NotFoundBody />
      </main>
    </>
  );
}
