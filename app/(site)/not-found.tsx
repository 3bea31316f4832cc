import { NotFoundBody } from "@/components/not-found-body";

/** A page of the site that has nothing to show (inside the site's frame, from the (site) layout). */
export default function NotFound() {
  return <NotFoundBody />;
}
