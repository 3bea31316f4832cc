import { langText } from "@/components/lang-text";
import { explainOku } from "@/lib/format";

/**
 * A source named by its title, linked when the data give a web address (some sources are
 * repository paths, shown as text). The row's notes, if any, are the link's tooltip.
 */
export function SourceLink({ title, url, notes }: { title: string; url: string; notes?: string }) {
  if (!/^https?:\/\//.test(url)) return <>{langText(title)}</>;
  return (
    <a href={url} rel="noopener" title={notes ? explainOku(notes) : undefined}>
      {langText(title)}
    </a>
  );
}
