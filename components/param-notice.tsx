import type { ParamIssue } from "@/lib/url/search-params";

/** Tells the reader which URL settings were not understood and what is shown instead. */
export function ParamNotice({ issues, defaultsText }: { issues: readonly ParamIssue[]; defaultsText: string }) {
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="param-notice">
      <p>
        <strong>Some settings in the address could not be used.</strong> {defaultsText}
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.param}-${i}`}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}
