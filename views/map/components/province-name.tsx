import type { ResolvedName } from "@/lib/map/names";

/** A province name in the chosen script, tagged with its language so the right font and voice apply. */
export function ProvinceName({ name }: { name: ResolvedName }) {
  if (name.lang === "en") return <>{name.text}</>;
  return (
    <span lang={name.lang} className={`province-name province-name--${name.lang}`}>
      {name.text}
    </span>
  );
}
