import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { ingestFiles, listDocumentFiles, type IngestProgress } from "../../src/graph/ingest-files.js";
import { CORPUS_DIR, SEED_FILE } from "../contract/contract-support.js";
import { overriding } from "../fixtures/override-store.js";

/**
 * Hostile and careless inputs to ingest: each is skipped or fails alone, with
 * the reason, quickly, and the good documents beside it still land.
 * (Issue 8: FIFOs, /dev/zero, dangling links, link loops, oversized files.)
 */
const GOOD = path.join(CORPUS_DIR, "gia-lai-59-2017-nq-hdnd.md");
/** A document with its number in its header, so two texts of it share its id. */
const NUMBERED = path.join(CORPUS_DIR, "ha-noi-35-2024-qd-ubnd.md");
const BOUND_MS = 5_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ingest-files-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const mkfifo = (file: string) => execFileSync("mkfifo", [file]);

async function timedIngest(inputs: string[], maxFileBytes?: number) {
  const store = new MemoryGraphStore();
  const progress: IngestProgress[] = [];
  const started = performance.now();
  const summary = await ingestFiles(store, inputs, { maxFileBytes, onProgress: (p) => progress.push(p) });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(BOUND_MS);
  return { summary, progress, store };
}

const reasonFor = (skipped: { path: string; reason: string }[], file: string) => skipped.find((s) => s.path === file)?.reason;

describe("ingesting files safely", () => {
  it("skips a FIFO given as an input without opening it, and ingests the good file beside it", async () => {
    const fifo = path.join(dir, "pipe.txt");
    mkfifo(fifo);
    const { summary } = await timedIngest([fifo, GOOD]);
    expect(reasonFor(summary.skipped, fifo)).toMatch(/FIFO.*not a regular file/);
    expect(summary).toMatchObject({ files: 1, new: 1, failed: [] });
  });

  it("skips a FIFO given as the documents folder", async () => {
    const fifo = path.join(dir, "documents");
    mkfifo(fifo);
    const { summary } = await timedIngest([fifo]);
    expect(summary.files).toBe(0);
    expect(reasonFor(summary.skipped, fifo)).toMatch(/FIFO.*not a regular file or folder/);
  });

  it("reports a FIFO, a link to /dev/zero, a dangling link and a link loop inside a folder, and follows a linked document", async () => {
    copyFileSync(GOOD, path.join(dir, "a-good.md"));
    mkfifo(path.join(dir, "b-pipe.txt"));
    symlinkSync("/dev/zero", path.join(dir, "c-zero.txt"));
    symlinkSync(path.join(dir, "nowhere.txt"), path.join(dir, "d-dangling.txt"));
    symlinkSync(path.join(dir, "e-loop-2.txt"), path.join(dir, "e-loop-1.txt"));
    symlinkSync(path.join(dir, "e-loop-1.txt"), path.join(dir, "e-loop-2.txt"));
    symlinkSync(SEED_FILE, path.join(dir, "f-linked-seed.txt"));
    mkdirSync(path.join(dir, "g-sub"));
    symlinkSync(dir, path.join(dir, "g-sub", "back-to-top"));

    const { summary, progress } = await timedIngest([dir]);
    expect(summary).toMatchObject({ files: 2, new: 2, failed: [] });
    expect(progress.map((p) => path.basename(p.file))).toEqual(["a-good.md", "f-linked-seed.txt"]);
    const reasons = Object.fromEntries(summary.skipped.map((s) => [path.relative(dir, s.path), s.reason]));
    expect(reasons).toEqual({
      "b-pipe.txt": expect.stringMatching(/FIFO/),
      "c-zero.txt": expect.stringMatching(/links to a character device/),
      "d-dangling.txt": expect.stringMatching(/dangling symbolic link/),
      "e-loop-1.txt": "symbolic link loop",
      "e-loop-2.txt": "symbolic link loop",
      "g-sub/back-to-top": expect.stringMatching(/folder already read/),
    });
  });

  it("skips /dev/zero, a dangling path and a link loop given as inputs, one by one", async () => {
    const zero = path.join(dir, "zero.txt");
    symlinkSync("/dev/zero", zero);
    const loop = path.join(dir, "loop.txt");
    symlinkSync(loop, loop);
    const missing = path.join(dir, "missing.txt");
    const { summary } = await timedIngest([zero, loop, missing, GOOD]);
    expect(summary).toMatchObject({ files: 1, new: 1 });
    expect(reasonFor(summary.skipped, zero)).toMatch(/character device/);
    expect(reasonFor(summary.skipped, loop)).toBe("symbolic link loop");
    expect(reasonFor(summary.skipped, missing)).toBe("no such file or folder");
  });

  it("refuses a file over the size limit with a clear error, unread, and goes on", async () => {
    const big = path.join(dir, "big.txt");
    writeFileSync(big, "Điều 1. ".repeat(5_000));
    const { summary, progress } = await timedIngest([big, GOOD], 20_000);
    expect(summary).toMatchObject({ files: 2, new: 1 });
    expect(summary.failed.map((f) => [path.basename(f.file), f.error.message])).toEqual([
      ["big.txt", expect.stringMatching(/larger than the 20,000 bytes a document may have \(INGEST_MAX_FILE_BYTES\)/)],
    ]);
    expect(progress.find((p) => p.file === big)?.error).toMatchObject({ code: "BAD_DOCUMENT" });
  });

  it("fails a file that is not a document alone, and says new, unchanged and replaced on later runs", async () => {
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    copyFileSync(GOOD, path.join(dir, "gia-lai.md"));
    const store = new MemoryGraphStore();
    const first = await ingestFiles(store, [dir]);
    expect(first).toMatchObject({ files: 2, new: 1, unchanged: 0, replaced: 0 });
    expect(first.failed.map((f) => path.basename(f.file))).toEqual(["binary.txt"]);

    copyFileSync(GOOD, path.join(dir, "gia-lai-copy.md"));
    const again = await ingestFiles(store, [path.join(dir, "gia-lai.md"), path.join(dir, "gia-lai-copy.md")]);
    expect(again).toMatchObject({ new: 0, unchanged: 2, replaced: 0, nodesCreated: 0 });
  });

  it("writes two texts of one document in file order however many files are in flight, the later text winning", async () => {
    const text = readFileSync(NUMBERED, "utf8");
    copyFileSync(NUMBERED, path.join(dir, "a-original.md"));
    writeFileSync(path.join(dir, "b-corrected.md"), text.replace("từ thiện nhân đạo", "từ thiện, nhân đạo"));
    for (const other of ["c.md", "d.txt"]) copyFileSync(path.join(CORPUS_DIR, "dong-thap-110-2017-nq-hdnd.md"), path.join(dir, other));
    const memory = new MemoryGraphStore();
    // The original's write is the slow one: timing alone would let the correction land first and be overwritten.
    const store = overriding(memory, "ingest", async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, batch.document.fileName === "a-original.md" ? 300 : 10));
      return memory.ingest(batch);
    });
    const progress: IngestProgress[] = [];
    await ingestFiles(store, [dir], { concurrency: 4, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => [path.basename(p.file), p.result?.outcome])).toEqual([
      ["a-original.md", "new"],
      ["b-corrected.md", "replaced"],
      ["c.md", "new"],
      ["d.txt", "unchanged"],
    ]);
    const [document] = await memory.getNodes([progress[1].result!.documentId]);
    expect(document).toMatchObject({ kind: "Document", fileName: "b-corrected.md" });
  });

  it("lists only document files in name order, once each however often they are named", async () => {
    copyFileSync(GOOD, path.join(dir, "b.md"));
    copyFileSync(GOOD, path.join(dir, "a.txt"));
    writeFileSync(path.join(dir, "notes.pdf"), "x");
    const listed = await listDocumentFiles([dir, path.join(dir, "a.txt")]);
    expect(listed).toEqual({ files: [path.join(dir, "a.txt"), path.join(dir, "b.md")], skipped: [] });
  });
});
