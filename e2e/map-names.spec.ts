import { expect, test } from "./support/test";
import { readCsv } from "./support/data";
import { button, download } from "./support/export";

// Names are read from the data files, not typed in: the Khmer name from the boundaries' properties, the Thai one from its sourced row.
const khmer = readCsv("khm-adm1-props.csv").find((r) => r.id === "battambang")!.name_km!;
const thai = readCsv("province-names-1941.csv").find((r) => r.province_id === "battambang" && r.script === "th")!;

test.describe("province names in three scripts", () => {
  test("names=km shows the Khmer name in the list, the details and the exported SVG with its font embedded", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    expect(khmer).toBe("បាត់ដំបង");
    await page.goto("/map?names=km&phase=today&province=battambang");
    const link = page.locator("[data-province-list] a[data-province-link='battambang']");
    await expect(link).toHaveText(khmer);
    await expect(link.locator("[lang='km']")).toHaveCount(1);
    await expect(page.locator("#province-details h2 [lang='km']")).toHaveText(khmer);
    // The map's own labels (today's phase) use the same script.
    await expect(page.locator("svg.cession-map text[lang='km']").filter({ hasText: khmer })).toHaveCount(1);
    // Every map link keeps the setting.
    await expect(page.getByRole("link", { name: "1941–1946" }).first()).toHaveAttribute("href", /names=km/);
    await expect(link).toHaveAttribute("href", /names=km/);

    const svgFile = await download(page, button(page, "SVG"));
    const svg = svgFile.bytes.toString("utf8");
    expect(svgFile.name).toContain("names-km");
    expect(svg).toContain(khmer);
    const khmerFace =
      /@font-face\{font-family:"Noto Sans Khmer";[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(svg);
    expect(khmerFace, "the SVG embeds the Khmer face").not.toBeNull();
    // The embedded bytes are the self-hosted Noto Sans Khmer file.
    const served = await page.request.get("/fonts/noto-sans-khmer-khmer-400-normal.woff2");
    expect(Buffer.from(khmerFace![1]!, "base64").equals(Buffer.from(await served.body()))).toBe(true);
    // The root's font list falls through to the embedded face for Khmer glyphs.
    expect(svg).toMatch(/<svg [^>]*font-family="[^"]*Noto Sans Khmer/);
    // No Thai text, so no Thai face.
    expect(svg).not.toContain('font-family:"Noto Sans Thai"');
    // The export's URL keeps the setting.
    expect(svg).toMatch(/\/map\?[^"<\s]*names=km/);
  });

  test("names=th shows the sourced Thai name of Battambang's 1941 province with its romanisation and source", async ({
    page,
  }) => {
    await page.goto("/map?names=th&province=battambang");
    await expect(page.locator("[data-province-list] a[data-province-link='battambang'] [lang='th']")).toHaveText(
      thai.name!,
    );
    const details = page.locator("#province-details");
    await expect(details.locator("h2 [lang='th']")).toHaveText(thai.name!);
    await expect(details).toContainText(thai.romanisation!);
    const note = details.locator(".province-details__name-note");
    await expect(note.getByRole("link", { name: thai.source_title! })).toHaveAttribute("href", thai.source!);
    // A province without a sourced Thai name shows its English name, no invented text.
    await expect(page.locator("[data-province-list] a[data-province-link='kandal']")).toHaveText("Kandal");
  });

  test("an invalid names value shows a notice naming the parameter and English names", async ({ page }) => {
    await page.goto("/map?names=klingon");
    const notice = page.locator(".notice");
    await expect(notice).toContainText("names");
    await expect(notice).toContainText("klingon");
    await expect(page.locator("[data-province-list] a[data-province-link='battambang']")).toHaveText("Battambang");
  });
});
