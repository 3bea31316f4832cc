import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = process.cwd();
const TRADE = "trade_japan_cambodia.csv";

/**
 * `npm run build` on a temporary copy of the project with one data file broken: the
 * build must stop before compiling anything, naming the file, the row and the reason.
 */
describe("npm run build with a malformed data file", () => {
  let dir = "";
  let original = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "build-bad-data-"));
    for (const entry of ["package.json", "tsconfig.json", "next.config.js", "scripts", "lib", "data", "i18n"]) {
      await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
    await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    original = await readFile(path.join(ROOT, "data", TRADE), "utf8");
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function buildWith(transform: (lines: string[]) => string[]): Promise<{ code: number; output: string }> {
    await writeFile(path.join(dir, "data", TRADE), transform(original.trimEnd().split("\n")).join("\n"));
    try {
      const { stdout, stderr } = await run("npm", ["run", "build", "--silent"], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
        timeout: 120_000,
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  }

  it("a value of the wrong type", async () => {
    const { code, output } = await buildWith((lines) =>
      lines.map((l, i) => (i === 5 ? l.replace(/^(\d{4}),(\w+),[\d.]+,/, "$1,$2,eight,") : l)),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /trade_japan_cambodia\.csv, row 5 \(line 6\): value: value must be a plain decimal number \(got "eight"\)/,
    );
  }, 60_000);

  it("a missing source", async () => {
    const { code, output } = await buildWith((lines) =>
      lines.map((l, i) => (i === 3 ? l.replace(/,"IMF Direction of Trade Statistics \(DOTS\)[^"]*",/, ',"",') : l)),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/trade_japan_cambodia\.csv, row 3 \(line 4\): source_title: source_title is required/);
  }, 60_000);

  it("a duplicate year", async () => {
    const { code, output } = await buildWith((lines) => [...lines, lines[1]!]);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      new RegExp(
        `trade_japan_cambodia\\.csv, row ${original.trimEnd().split("\n").length} \\(line \\d+\\): duplicate of row 1`,
      ),
    );
  }, 60_000);

  it("a translation with an empty Japanese name", async () => {
    const glossary = path.join(dir, "i18n", "glossary.csv");
    const text = await readFile(glossary, "utf8");
    await writeFile(glossary, text.replace(/^(country\.laos,Laos,)ラオス,/m, "$1,"));
    try {
      const { code, output } = await buildWith((lines) => lines);
      expect(code).not.toBe(0);
      expect(output).toMatch(/i18n\/glossary\.csv, row \d+ \(line \d+\): ja: ja is required/);
    } finally {
      await writeFile(glossary, text);
    }
  }, 60_000);
});
