/**
 * Any /api path that names no endpoint. Without this route Next answers it with the HTML
 * not-found page, whose own script policy (from the page store) came on top of the hashless one
 * next.config.js gives every API path: two Content-Security-Policy headers. A script asking a
 * wrong endpoint gets JSON, as from every other API answer, with the one policy of an API path.
 */
export function GET(request: Request): Response {
  const path = new URL(request.url).pathname;
  return Response.json(
    { error: `No data API at ${path}: the data APIs are /api/trade, /api/aid and /api/region.` },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}
