import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatExtractBench, runExtractBench } from "../../bench/extract.bench.js";
import { ROOT, SEED_FILE } from "./helpers.js";

const run = promisify(execFile);

async function extractCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/extract.ts"), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run extract", () => {
  it("prints a readable report of the seed", async () => {
    const { code, stdout } = await extractCli([SEED_FILE]);
    expect(code).toBe(0);
    expect(stdout).toContain("issuer       Hội đồng nhân dân tỉnh Bến Tre, khóa X, kỳ họp thứ 9");
    expect(stdout).toContain("adopted      2023-07-05   effective 2023-07-15");
    expect(stdout).toMatch(/Counts {4}Document 1 · Provision \d+ · Task \d+/);
    expect(stdout).toContain("[căn cứ] LAW  of 2015-06-19");
    expect(stdout).toContain("[xét] SUBMISSION 3253/TTr-UBND of 2023-06-05 by Ủy ban nhân dân tỉnh Bến Tre");
    expect(stdout).toContain("thị trấn Phước Mỹ Trung [TOWN 28915] in huyện Mỏ Cày Bắc");
    expect(stdout).toContain("Tổng Công ty Điện lực miền Nam [ENTERPRISE] INVEST ×1");
    expect(stdout).toContain("Unresolved mentions");
  });

  it("prints the batch as JSON with --json", async () => {
    const { code, stdout } = await extractCli([SEED_FILE, "--json"]);
    expect(code).toBe(0);
    const batch = JSON.parse(stdout);
    expect(batch.document.adoptedOn).toBe("2023-07-05");
    expect(batch.nodes.length).toBeGreaterThan(100);
  });

  it("exits 1 with a clear message for bad input", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
    const file = path.join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from("Nghị quyết … Điều 1. Thống nhất", "latin1"));
    const { code, stdout, stderr } = await extractCli([file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("error: The document (latin1.txt) is not valid UTF-8 text (re-save it as UTF-8).\n");
  });
});

describe("extraction benchmark", () => {
  it("runs in smoke mode and reports every document", () => {
    const rows = runExtractBench({ smoke: true });
    expect(rows.map((r) => path.basename(r.file))).toContain("ben-tre-hdnd-2023-07-05.txt");
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.iterations).toBeGreaterThanOrEqual(5);
    expect(formatExtractBench(rows)).toContain("p50 ms");
  });
});
