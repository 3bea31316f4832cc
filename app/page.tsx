import Link from "next/link";
import { SITE } from "@/lib/site";

export default function OverviewPage() {
  return (
    <>
      <h1>{SITE.name}</h1>
      <p className="lede">{SITE.description}</p>
      <p>
        <Link href="/trade">Explore bilateral trade since 1960</Link>
      </p>
    </>
  );
}
