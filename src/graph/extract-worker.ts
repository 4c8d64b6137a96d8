import { parentPort } from "node:worker_threads";
import { DomainError } from "../domain/errors.js";
import { extractDocument } from "../extract/index.js";

/**
 * Worker thread entry (see worker-extractor.ts): extracts the documents it is sent,
 * so a long one never holds the server's event loop.
 */
export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

export interface FailedExtraction {
  name: string;
  message: string;
  code?: DomainError["code"];
  details?: Record<string, unknown>;
}

parentPort?.on("message", ({ id, bytes, fileName }: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id, batch: extractDocument(bytes, { fileName }) });
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const failure: FailedExtraction = {
      name: error.name,
      message: error.message,
      ...(error instanceof DomainError ? { code: error.code, details: error.details } : {}),
    };
    parentPort!.postMessage({ id, error: failure });
  }
});
