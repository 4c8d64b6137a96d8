import { Worker } from "node:worker_threads";
import { DomainError } from "../domain/errors.js";
import type { GraphBatch } from "../domain/model.js";
import type { ExtractRequest, FailedExtraction } from "./extract-worker.js";

export interface WorkerExtractor {
  extract(bytes: Uint8Array, options: { fileName: string }): Promise<GraphBatch>;
  /** Ends the thread; extractions still pending fail. */
  close(): Promise<void>;
}

type Reply = { id: number; batch: GraphBatch; error?: undefined } | { id: number; error: FailedExtraction };

/**
 * Extraction on a worker thread, for `npm start`: a document that takes seconds to
 * extract leaves the event loop free, so /healthz and /readyz answer meanwhile.
 * Errors come back as the same messages (a DomainError keeps its code).
 */
export function createWorkerExtractor(): WorkerExtractor {
  // Compiled, this module sits beside extract-worker.js; run from the sources (tsx), beside the .ts file.
  const compiled = import.meta.url.endsWith(".js");
  const worker = new Worker(new URL(compiled ? "./extract-worker.js" : "./extract-worker.ts", import.meta.url), {
    execArgv: compiled ? [] : ["--import", "tsx"],
  });
  worker.unref();
  const pending = new Map<number, { resolve: (batch: GraphBatch) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error) waiting?.reject(rebuildError(reply.error));
    else waiting?.resolve(reply.batch);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the extraction thread stopped (exit code ${code})`)));

  return {
    extract(bytes, { fileName }) {
      const id = (nextId += 1);
      return new Promise<GraphBatch>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, bytes, fileName } satisfies ExtractRequest);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

function rebuildError(failure: FailedExtraction): Error {
  const error = failure.code ? new DomainError(failure.code, failure.message, failure.details) : new Error(failure.message);
  error.name = failure.name;
  return error;
}
