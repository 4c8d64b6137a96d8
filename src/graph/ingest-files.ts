import { constants, type Stats } from "node:fs";
import { lstat, open, readdir, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { BadDocumentError } from "../domain/errors.js";
import type { GraphBatch } from "../domain/model.js";
import { extractDocument } from "../extract/index.js";
import type { GraphStore, IngestResult } from "./graph-store.js";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md"]);
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
const READ_CHUNK_BYTES = 1024 * 1024;

export interface IngestProgress {
  index: number;
  total: number;
  file: string;
  result?: IngestResult;
  error?: Error;
  /** What the extractor noticed about the document without refusing it (a truncated text…). */
  warnings: string[];
}

/** A path given, or met in a folder, that is not read, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

export interface IngestSummary {
  /** Document files found (skipped paths not included). */
  files: number;
  /** Files that landed: new + unchanged + replaced. */
  ingested: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: { file: string; error: Error }[];
  skipped: SkippedPath[];
  warnings: number;
  nodesCreated: number;
  edgesCreated: number;
  nodesDeleted: number;
  edgesDeleted: number;
}

export interface IngestFilesOptions {
  /** Larger files fail alone, unread. */
  maxFileBytes?: number;
  /**
   * Documents in flight at once (read, extracted, written), each still in its
   * own transaction; progress is reported in file order all the same. 1 unless given.
   */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each skipped path as the inputs are listed, before any document is read. */
  onSkipped?: (skipped: SkippedPath) => void;
  /** How a document's bytes become a batch; `npm start` extracts on a worker thread (worker-extractor.ts). */
  extract?: (bytes: Buffer, options: { fileName: string }) => GraphBatch | Promise<GraphBatch>;
}

export interface DocumentFiles {
  files: string[];
  skipped: SkippedPath[];
}

/**
 * Expands files and folders (recursively) into document files, in name order.
 * Only regular files are taken: a FIFO, device or socket is never opened, so
 * nothing here can block. Symbolic links are followed (a folder's linked
 * documents too); a dangling link, a link loop or a folder met twice is
 * reported in `skipped` with the reason, never silently dropped.
 */
export async function listDocumentFiles(inputs: readonly string[]): Promise<DocumentFiles> {
  const files = new Set<string>();
  const skipped: SkippedPath[] = [];
  const visited = new Set<string>();

  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (visited.has(real)) {
      skipped.push({ path: folder, reason: `folder already read as ${real} (a symbolic link loop or a second link to it)` });
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: folder, reason: describeFsError(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      const isDocumentName = DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase());
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        if (isDocumentName) files.add(full);
      } else if (entry.isSymbolicLink()) {
        const target = await statOrSkip(full, skipped);
        if (target?.isDirectory()) await walk(full);
        else if (target?.isFile()) {
          if (isDocumentName) files.add(full);
        } else if (target && isDocumentName) skipped.push({ path: full, reason: `links to ${describeKind(target)}, not a regular file` });
      } else if (isDocumentName) {
        skipped.push({ path: full, reason: `${describeKind(await lstat(full))}, not a regular file` });
      }
    }
  };

  for (const input of inputs) {
    const info = await statOrSkip(input, skipped);
    if (!info) continue;
    if (info.isDirectory()) await walk(input);
    else if (info.isFile()) files.add(input);
    else skipped.push({ path: input, reason: `${describeKind(info)}, not a regular file or folder` });
  }
  return { files: [...files].sort(), skipped };
}

/**
 * Extracts and ingests each file in its own store transaction, `concurrency`
 * of them at a time. A file that cannot be read, is too large, is not a
 * document or is refused by the store fails alone; the others still land.
 */
export async function ingestFiles(store: GraphStore, inputs: readonly string[], options: IngestFilesOptions = {}): Promise<IngestSummary> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { files, skipped } = await listDocumentFiles(inputs);
  for (const entry of skipped) options.onSkipped?.(entry);
  const summary: IngestSummary = {
    files: files.length,
    ingested: 0,
    new: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    skipped,
    warnings: 0,
    nodesCreated: 0,
    edgesCreated: 0,
    nodesDeleted: 0,
    edgesDeleted: 0,
  };
  const outcomes: (IngestProgress | undefined)[] = new Array(files.length);
  let reported = 0;
  /** Counts and reports every finished file not yet reported that follows the last one reported. */
  const report = () => {
    while (reported < files.length && outcomes[reported]) {
      const progress = outcomes[reported]!;
      addToSummary(summary, progress);
      options.onProgress?.(progress);
      reported += 1;
    }
  };
  const writes = new DocumentWriteOrder();
  const extract = options.extract ?? extractDocument;
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const index = next;
      next += 1;
      outcomes[index] = await ingestOne(store, files[index], index, files.length, maxFileBytes, extract, writes);
      report();
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(options.concurrency ?? 1), files.length));
  await Promise.all(Array.from({ length: workers }, work));
  return summary;
}

function addToSummary(summary: IngestSummary, progress: IngestProgress): void {
  const { result } = progress;
  if (!result) {
    summary.failed.push({ file: progress.file, error: progress.error! });
    return;
  }
  summary.ingested += 1;
  summary[result.outcome] += 1;
  summary.warnings += progress.warnings.length;
  summary.nodesCreated += result.nodesCreated;
  summary.edgesCreated += result.edgesCreated;
  summary.nodesDeleted += result.nodesDeleted;
  summary.edgesDeleted += result.edgesDeleted;
}

async function ingestOne(
  store: GraphStore,
  file: string,
  index: number,
  total: number,
  maxFileBytes: number,
  extract: NonNullable<IngestFilesOptions["extract"]>,
  writes: DocumentWriteOrder,
): Promise<IngestProgress> {
  const failed = (caught: unknown): IngestProgress => ({
    index,
    total,
    file,
    error: caught instanceof Error ? caught : new Error(String(caught)),
    warnings: [],
  });
  let batch: GraphBatch;
  try {
    batch = await extract(await readDocumentFile(file, maxFileBytes), { fileName: path.basename(file) });
  } catch (caught) {
    await writes.take(index);
    writes.endTurn(index);
    return failed(caught);
  }
  await writes.take(index);
  try {
    const result = await writes.write(index, batch.document.id, () => store.ingest(batch));
    return { index, total, file, result, warnings: warningsOf(batch) };
  } catch (caught) {
    return failed(caught);
  }
}

/**
 * Keeps the writes of one document in file order when several files are in
 * flight: two texts of one document (a corrected version beside the original)
 * must land in the order of their names, or which version the store ends with
 * would depend on timing. Files take turns, in file order, to queue their
 * write; a write waits only for the earlier writes of the same document id, so
 * different documents still go at once.
 */
class DocumentWriteOrder {
  private queued = 0;
  private readonly turns = new Map<number, () => void>();
  private readonly lastWrite = new Map<string, Promise<unknown>>();

  /** Waits for every earlier file to have been extracted (or to have failed), then gives this one its turn to queue. */
  async take(index: number): Promise<void> {
    if (index !== this.queued) await new Promise<void>((resolve) => this.turns.set(index, resolve));
  }

  /** Queues this file's write behind the earlier writes of the same document, ends its turn, and runs it. */
  write(index: number, documentId: string, ingest: () => Promise<IngestResult>): Promise<IngestResult> {
    const before = this.lastWrite.get(documentId) ?? Promise.resolve();
    const written = before.then(ingest, ingest);
    this.lastWrite.set(documentId, written.catch(() => undefined));
    this.endTurn(index);
    return written;
  }

  /** Ends a file's turn: the next file may queue its write. */
  endTurn(index: number): void {
    if (index !== this.queued) throw new Error(`file ${index} ended its turn during file ${this.queued}'s`);
    this.queued += 1;
    const nextTurn = this.turns.get(this.queued);
    this.turns.delete(this.queued);
    nextTurn?.();
  }
}

/**
 * The bytes of one regular file, at most maxBytes of them. Opened without
 * blocking and checked on the open handle, so a path swapped for a FIFO or a
 * device after listing is refused rather than waited on or read without end.
 */
export async function readDocumentFile(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new BadDocumentError(`${file} is ${describeKind(info)}, not a regular file`);
    const tooLarge = () =>
      new BadDocumentError(`${file} is larger than the ${maxBytes.toLocaleString("en")} bytes a document may have (INGEST_MAX_FILE_BYTES)`);
    if (info.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // The file grew while being read.
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The extractor's warnings about a document, when it gives any. */
function warningsOf(batch: object): string[] {
  const warnings = (batch as { warnings?: unknown }).warnings;
  if (!Array.isArray(warnings)) return [];
  return warnings.map((warning) =>
    typeof warning === "string" ? warning : String((warning as { message?: unknown })?.message ?? JSON.stringify(warning)),
  );
}

async function statOrSkip(target: string, skipped: SkippedPath[]): Promise<Stats | null> {
  try {
    return await stat(target);
  } catch (error) {
    skipped.push({ path: target, reason: await describeStatError(error, target) });
    return null;
  }
}

async function describeStatError(error: unknown, target: string): Promise<string> {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") {
    try {
      if ((await lstat(target)).isSymbolicLink()) return `dangling symbolic link (to ${await readlink(target)}, which does not exist)`;
    } catch {
      // Not there at all: said below.
    }
    return "no such file or folder";
  }
  return describeFsError(error);
}

function describeFsError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case "ELOOP":
      return "symbolic link loop";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a path through something that is not a folder";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function describeKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isDirectory()) return "a folder";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
