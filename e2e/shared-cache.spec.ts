import { createHash } from "node:crypto";
import { type APIResponse, expect, test } from "./support/test";

/*
 * What a shared cache (a CDN, nginx) may store. For a page, a shared-link view and an embed,
 * each kind of request a browser or a cache sends gets either the document's own body and
 * policy, or a response whose Vary names the header that made it differ, or one that is not
 * publicly cacheable; and every HTML body's inline scripts are allowed by its own policy.
 */
const PATHS = ["/aid", "/trade?reporter=both&from=1994&to=2020", "/embed/map?phase=annexed&theme=dark"] as const;

const KINDS: Record<string, { headers: Record<string, string>; differs: string }> = {
  "no Fetch Metadata": { headers: {}, differs: "sec-fetch-dest" },
  "a frame": { headers: { "Sec-Fetch-Dest": "iframe", "Sec-Fetch-Mode": "navigate" }, differs: "sec-fetch-dest" },
  "a fetch()": { headers: { "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors" }, differs: "sec-fetch-dest" },
  "a client navigation": { headers: { "Sec-Fetch-Dest": "empty", RSC: "1" }, differs: "rsc" },
  gzip: { headers: { "Sec-Fetch-Dest": "document", "Accept-Encoding": "gzip" }, differs: "accept-encoding" },
};
const DOCUMENT = { "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Accept-Encoding": "identity" };

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

const isPublic = (res: APIResponse) => {
  const cc = res.headers()["cache-control"] ?? "";
  return /\b(public|s-maxage)\b/.test(cc) && !/\b(private|no-store)\b/.test(cc);
};
const varies = (res: APIResponse) => (res.headers()["vary"] ?? "").toLowerCase().split(/\s*,\s*/);

/** Every inline script of an HTML body is allowed by that response's own script-src. */
async function expectOwnScriptsAllowed(res: APIResponse, label: string) {
  if (!(res.headers()["content-type"] ?? "").includes("text/html")) return;
  const scriptSrc = (res.headers()["content-security-policy"] ?? "")
    .split(/;\s*/)
    .find((d) => d.startsWith("script-src "));
  expect(scriptSrc, `${label}: no script-src`).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  const allowed = new Set(scriptSrc!.split(" ").slice(1));
  const inline = [...(await res.text()).matchAll(INLINE_SCRIPT)];
  expect(inline.length, `${label}: no inline script, the check is broken`).toBeGreaterThan(0);
  for (const [, body] of inline) expect(allowed.has(sha256(body!)), `${label}: ${body!.slice(0, 60)}`).toBe(true);
}

for (const path of PATHS) {
  test.describe(`${path} behind a shared cache`, () => {
    test("the document's inline scripts are all allowed by its policy", async ({ request }) => {
      const doc = await request.get(path, { headers: DOCUMENT });
      expect(doc.status()).toBe(200);
      expect(isPublic(doc)).toBe(true);
      await expectOwnScriptsAllowed(doc, `${path} (document)`);
    });

    for (const [kind, { headers, differs }] of Object.entries(KINDS)) {
      test(`${kind}: the document's body and policy, or Vary names ${differs}, or not publicly cacheable`, async ({
        request,
      }) => {
        const doc = await request.get(path, { headers: DOCUMENT });
        const res = await request.get(path, { headers });
        expect(res.status()).toBe(200);
        await expectOwnScriptsAllowed(res, `${path} (${kind})`);
        if (!isPublic(res)) return;
        const same =
          (await res.text()) === (await doc.text()) &&
          res.headers()["content-security-policy"] === doc.headers()["content-security-policy"];
        expect(
          same || varies(res).includes(differs),
          `${kind}: another body or policy, and Vary lacks ${differs}`,
        ).toBe(true);
        if (differs === "rsc") expect(res.headers()["content-type"]).toContain("text/x-component");
        if (differs === "sec-fetch-dest") expect(same, `${kind} gets another page than a navigation`).toBe(true);
      });
    }
  });
}
