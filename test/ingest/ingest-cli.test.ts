import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../contract/contract-support.js";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
/** A document with its number in its header: --remove can name it by number. */
const NUMBERED = path.join(CORPUS_DIR, "ha-noi-35-2024-qd-ubnd.md");

async function ingestCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv = { ...process.env, NEO4J_URI: "", ...env };
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/ingest.ts"), ...args], {
      cwd: ROOT,
      env: childEnv,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run ingest", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
    copyFileSync(NUMBERED, path.join(dir, "a-first.md"));
    const corrected = readFileSync(NUMBERED, "utf8").replace("từ thiện nhân đạo", "từ thiện, nhân đạo");
    writeFileSync(path.join(dir, "b-corrected.md"), corrected);
    copyFileSync(NUMBERED, path.join(dir, "c-copy.md"));
    writeFileSync(path.join(dir, "d-empty.txt"), "");
    execFileSync("mkfifo", [path.join(dir, "e-pipe.txt")]);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("says per file new, replaced (both names), unchanged or failed, reports skipped paths, counts each, and removes by number", async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await ingestCli([dir, "--remove", "35/2024/qd-ubnd", "--remove", "99/2099/NQ-HĐND"]);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^skipped .*e-pipe\.txt: a FIFO \(named pipe\), not a regular file$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[1\/4\] .*a-first\.md: new \(\+\d+ nodes \+\d+ edges\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[2\/4\] .*b-corrected\.md: replaced a-first\.md → b-corrected\.md \([^;]+; \+\d+ nodes \+\d+ edges -\d+ nodes -\d+ edges\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[3\/4\] .*c-copy\.md: replaced b-corrected\.md → c-copy\.md/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[4\/4\] .*d-empty\.txt: failed: .*empty/i));
    expect(stdout).toMatch(/4 files: 1 new, 0 unchanged, 2 replaced, 1 failed; 1 paths skipped/);
    expect(stdout).toMatch(/removed \S+ \(c-copy\.md\): -\d+ nodes -\d+ edges/);
    expect(stderr).toContain("cannot remove 99/2099/NQ-HĐND: no stored document has the id or number 99/2099/NQ-HĐND");
  });

  it("explains its usage, and refuses --remove without a document", async () => {
    const help = await ingestCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--remove <document id or number>");
    const bad = await ingestCli(["--remove"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--remove needs a document id or number");
  });
});
