import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphBatch } from "../src/domain/model.js";
import { extractDocument } from "../src/extract/index.js";
import { listDocumentFiles } from "../src/graph/ingest-files.js";
import { formatNumber, formatTable } from "./measure.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = path.join(projectRoot, "test", "fixtures", "corpus");

export const EXTRACT_SETS = [
  { name: "seed", inputs: [path.join(projectRoot, "seed", "documents")] },
  // The five documents at the top of the corpus folder; its sessions/ subfolder is a set of its own.
  { name: "corpus", inputs: readdirSync(corpusDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(corpusDir, e.name)) },
  { name: "sessions", inputs: [path.join(corpusDir, "sessions")] },
] as const;

export interface ExtractFileResult {
  file: string;
  bytes: number;
  /** Mean milliseconds per extraction over the timed passes. */
  ms: number;
  tasks: number;
  nodes: number;
  edges: number;
}

export interface ExtractSetResult {
  name: string;
  files: ExtractFileResult[];
  bytes: number;
  passes: number;
  seconds: number;
  docsPerSecond: number;
  /** 10⁶ bytes of UTF-8 input per second. */
  mbPerSecond: number;
  /** The first and the last pass produced byte-identical batches. */
  deterministic: boolean;
  failures: { file: string; error: string }[];
}

export interface ExtractThroughputResult {
  sets: ExtractSetResult[];
}

export interface ExtractThroughputOptions {
  smoke?: boolean;
}

/**
 * Extraction alone (no store): each set's files are read into memory first, as
 * bytes, the way ingest hands them over; the timer covers extractDocument only.
 */
export async function runExtractThroughput(options: ExtractThroughputOptions = {}): Promise<ExtractThroughputResult> {
  const budgetMs = options.smoke ? 150 : 3000;
  const minPasses = options.smoke ? 2 : 20;
  const warmupPasses = options.smoke ? 1 : 5;
  const sets: ExtractSetResult[] = [];
  for (const set of EXTRACT_SETS) {
    const { files: paths } = await listDocumentFiles(set.inputs);
    const inputs = await Promise.all(
      paths.map(async (file) => ({ file: path.basename(file), bytes: await readFile(file) })),
    );
    const failures: { file: string; error: string }[] = [];
    const firstPass = new Map<string, string>();
    const usable = inputs.filter(({ file, bytes }) => {
      try {
        firstPass.set(file, JSON.stringify(extractDocument(bytes, { fileName: file })));
        return true;
      } catch (error) {
        failures.push({ file, error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    });
    for (let pass = 1; pass < warmupPasses; pass += 1) {
      for (const { file, bytes } of usable) extractDocument(bytes, { fileName: file });
    }

    const elapsed = new Map<string, number>(usable.map(({ file }) => [file, 0]));
    let lastBatches = new Map<string, GraphBatch>();
    let passes = 0;
    const started = performance.now();
    while (usable.length > 0 && (passes < minPasses || performance.now() - started < budgetMs)) {
      const batches = new Map<string, GraphBatch>();
      for (const { file, bytes } of usable) {
        const start = performance.now();
        batches.set(file, extractDocument(bytes, { fileName: file }));
        elapsed.set(file, (elapsed.get(file) ?? 0) + performance.now() - start);
      }
      lastBatches = batches;
      passes += 1;
    }
    const seconds = [...elapsed.values()].reduce((sum, ms) => sum + ms, 0) / 1000;
    const bytes = usable.reduce((sum, input) => sum + input.bytes.length, 0);
    sets.push({
      name: set.name,
      files: usable.map(({ file, bytes: input }) => {
        const batch = lastBatches.get(file) as GraphBatch;
        return {
          file,
          bytes: input.length,
          ms: (elapsed.get(file) ?? 0) / Math.max(1, passes),
          tasks: batch.nodes.filter((node) => node.kind === "Task").length,
          nodes: batch.nodes.length,
          edges: batch.edges.length,
        };
      }),
      bytes,
      passes,
      seconds,
      docsPerSecond: seconds > 0 ? (usable.length * passes) / seconds : 0,
      mbPerSecond: seconds > 0 ? (bytes * passes) / 1e6 / seconds : 0,
      deterministic: usable.every(({ file }) => JSON.stringify(lastBatches.get(file)) === firstPass.get(file)),
      failures,
    });
  }
  return { sets };
}

export function formatExtractThroughput(result: ExtractThroughputResult): string {
  const summary = formatTable(
    ["set", "documents", "KiB", "passes", "docs/s", "MB/s", "deterministic"],
    result.sets.map((set) => [
      set.name,
      set.files.length,
      formatNumber(set.bytes / 1024, 1),
      set.passes,
      formatNumber(set.docsPerSecond, 1),
      formatNumber(set.mbPerSecond, 2),
      set.deterministic ? "yes" : "NO",
    ]),
  );
  const perFile = formatTable(
    ["file", "KiB", "mean ms/doc in the passes", "tasks", "nodes", "edges"],
    result.sets.flatMap((set) =>
      set.files.map((file) => [file.file, formatNumber(file.bytes / 1024, 1), formatNumber(file.ms, 2), file.tasks, file.nodes, file.edges]),
    ),
  );
  const failures = result.sets.flatMap((set) => set.failures.map((failure) => `- ${set.name}/${failure.file}: ${failure.error}`));
  return [summary, "", perFile, ...(failures.length > 0 ? ["", "Failed to extract:", ...failures] : [])].join("\n");
}
