/**
 * Extraction speed on the seed and each corpus document.
 *   npx tsx bench/extract.bench.ts            full run (warm-up, then ~2 s per document)
 *   npx tsx bench/extract.bench.ts --smoke    about one second in all, for CI
 * Prints ms/doc (min, p50, p95), docs/s and MB/s (from p50) per document. On a
 * shared machine p50 moves with the load; min shows the cost without it.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../src/extract/index.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface ExtractBenchRow {
  file: string;
  bytes: number;
  iterations: number;
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  docsPerSecond: number;
  megabytesPerSecond: number;
}

function benchFiles(): string[] {
  const corpus = path.join(ROOT, "test/fixtures/corpus");
  const documents = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isFile());
  return [path.join(ROOT, "seed/documents/ben-tre-hdnd-2023-07-05.txt"), ...documents.map((entry) => path.join(corpus, entry.name)).sort()];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

export function runExtractBench(options: { smoke?: boolean } = {}): ExtractBenchRow[] {
  const files = benchFiles();
  const budgetMs = options.smoke ? 1000 / files.length : 2000;
  const warmup = options.smoke ? 3 : 30;
  const rows: ExtractBenchRow[] = [];
  const contents = files.map((file) => readFileSync(file));
  // Warm the JIT on every document first, so the first one measured is not the one that pays for it.
  for (let i = 0; i < warmup; i += 1) for (const bytes of contents) extractDocument(bytes);
  for (const [index, file] of files.entries()) {
    const bytes = contents[index];
    for (let i = 0; i < warmup; i += 1) extractDocument(bytes);
    const samples: number[] = [];
    const started = performance.now();
    while (performance.now() - started < budgetMs || samples.length < 5) {
      const t0 = performance.now();
      extractDocument(bytes);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const p50 = percentile(samples, 0.5);
    rows.push({
      file: path.relative(ROOT, file),
      bytes: bytes.length,
      iterations: samples.length,
      minMs: samples[0],
      p50Ms: p50,
      p95Ms: percentile(samples, 0.95),
      docsPerSecond: 1000 / p50,
      megabytesPerSecond: bytes.length / 1e6 / (p50 / 1000),
    });
  }
  return rows;
}

export function formatExtractBench(rows: ExtractBenchRow[]): string {
  const header = `${"document".padEnd(52)} ${"KB".padStart(6)} ${"runs".padStart(6)} ${"min ms".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"docs/s".padStart(8)} ${"MB/s".padStart(7)}`;
  const lines = rows.map(
    (r) =>
      `${r.file.padEnd(52)} ${(r.bytes / 1024).toFixed(1).padStart(6)} ${String(r.iterations).padStart(6)} ${r.minMs.toFixed(2).padStart(8)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p95Ms.toFixed(2).padStart(8)} ${r.docsPerSecond.toFixed(0).padStart(8)} ${r.megabytesPerSecond.toFixed(2).padStart(7)}`,
  );
  return [header, ...lines].join("\n");
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const smoke = process.argv.includes("--smoke");
  console.log(`extraction benchmark (${smoke ? "smoke" : "full"}), node ${process.version}`);
  console.log(formatExtractBench(runExtractBench({ smoke })));
}
