import { TradeHeadline } from "@/components/trade/trade-headline";
import { SITE } from "@/lib/site";

export default function OverviewPage() {
  return (
    <>
      <h1>{SITE.name}</h1>
      <p className="lede">{SITE.description}</p>
      <TradeHeadline />
    </>
  );
}
