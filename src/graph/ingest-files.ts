import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { extractDocument } from "../extract/index.js";
import type { GraphStore, IngestResult } from "./graph-store.js";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md"]);

export interface IngestProgress {
  index: number;
  total: number;
  file: string;
  result?: IngestResult;
  error?: Error;
}

export interface IngestSummary {
  files: number;
  ingested: number;
  failed: { file: string; error: Error }[];
  nodesCreated: number;
  edgesCreated: number;
}

/** Expands files and folders (one level of sorting, recursive) into document files, in name order. */
export async function listDocumentFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
          files.push(path.join(entry.parentPath, entry.name));
        }
      }
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)].sort();
}

/**
 * Extracts and ingests each file in its own store transaction. A file that
 * fails is reported and skipped; the others still land.
 */
export async function ingestFiles(
  store: GraphStore,
  inputs: readonly string[],
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  const files = await listDocumentFiles(inputs);
  const summary: IngestSummary = { files: files.length, ingested: 0, failed: [], nodesCreated: 0, edgesCreated: 0 };
  for (const [index, file] of files.entries()) {
    try {
      const batch = extractDocument(await readFile(file), { fileName: path.basename(file) });
      const result = await store.ingest(batch);
      summary.ingested += 1;
      summary.nodesCreated += result.nodesCreated;
      summary.edgesCreated += result.edgesCreated;
      onProgress({ index, total: files.length, file, result });
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      summary.failed.push({ file, error });
      onProgress({ index, total: files.length, file, error });
    }
  }
  return summary;
}
