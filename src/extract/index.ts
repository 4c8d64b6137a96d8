import type { GraphBatch } from "../domain/model.js";

export interface ExtractOptions {
  fileName?: string;
}

export function extractDocument(input: string | Uint8Array, options: ExtractOptions = {}): GraphBatch {
  throw new Error(`extractDocument is not implemented yet (${options.fileName ?? typeof input})`);
}
