import { type ParamIssue, type RawSearchParams, readSingle } from "@/lib/url/search-params";

export type ApiFormat = "json" | "csv";

/** The `format` parameter of every data API: json (the default) or csv; anything else is an issue naming it. */
export function readApiFormat(raw: RawSearchParams, issues: ParamIssue[]): ApiFormat {
  const format = readSingle(raw, "format", issues) ?? "json";
  if (format === "json" || format === "csv") return format;
  issues.push({ param: "format", message: "“format” must be json or csv." });
  return "json";
}

/** The APIs are strict: any bad parameter is a 400 naming it (never cached), so a script never silently gets other data. */
export function badRequest(issues: readonly ParamIssue[]): Response {
  return Response.json(
    { error: issues.map((i) => i.message).join(" "), parameter: issues[0]?.param, issues },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

/** Content headers of a data response: JSON, or CSV downloaded under `fileName`. */
export function apiBodyHeaders(format: ApiFormat, fileName: string): Record<string, string> {
  return format === "csv"
    ? { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"` }
    : { "Content-Type": "application/json; charset=utf-8" };
}
