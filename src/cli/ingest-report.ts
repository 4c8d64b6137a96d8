import path from "node:path";
import type { IngestProgress, IngestSummary, SkippedPath } from "../graph/ingest-files.js";

/**
 * The lines `npm run ingest` and the server's start-up log print: per file
 * new, unchanged, replaced (with both file names) or failed (with why), each
 * skipped path with why, the extractor's warnings, and one summary.
 */

export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** What happened to one file, without its counter: `new`, `replaced old.txt → new.txt`… */
export function describeOutcome({ file, result, error }: IngestProgress): string {
  if (error || !result) return `failed: ${error?.message ?? "unknown error"}`;
  const counts = `+${result.nodesCreated} nodes +${result.edgesCreated} edges`;
  switch (result.outcome) {
    case "new":
      return `new (${counts})`;
    case "unchanged":
      return `unchanged: same text as ${result.previousFileName ?? "the stored version"} (${result.documentId})`;
    case "replaced": {
      const removed = `-${result.nodesDeleted} nodes -${result.edgesDeleted} edges`;
      return `replaced ${result.previousFileName ?? "the stored version"} → ${path.basename(file)} (${result.documentId}; ${counts} ${removed})`;
    }
  }
}

export function formatProgress(progress: IngestProgress): string[] {
  const { index, total, file } = progress;
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  return [`${counter} ${displayPath(file)}: ${describeOutcome(progress)}`, ...progress.warnings.map((warning) => `      warning: ${warning}`)];
}

export function formatSkipped({ path: skippedPath, reason }: SkippedPath): string {
  return `skipped ${displayPath(skippedPath)}: ${reason}`;
}

export function formatSummary(summary: IngestSummary, elapsedMs: number): string[] {
  const lines = [
    `${summary.files} files: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ` +
      `${summary.failed.length} failed; ${summary.skipped.length} paths skipped; ${summary.warnings} warnings. ` +
      `${summary.nodesCreated} nodes and ${summary.edgesCreated} edges created, ` +
      `${summary.nodesDeleted} and ${summary.edgesDeleted} deleted, in ${(elapsedMs / 1000).toFixed(1)} s`,
  ];
  if (summary.files === 0) lines.push("No .txt or .md documents found in the given paths.");
  for (const { file, error } of summary.failed) lines.push(`  failed: ${displayPath(file)}: ${error.message}`);
  for (const skipped of summary.skipped) lines.push(`  ${formatSkipped(skipped)}`);
  return lines;
}
