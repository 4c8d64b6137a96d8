import type { GraphBatch } from "../domain/model.js";
import { buildBatch } from "./build-batch.js";
import { decodeInput, normaliseText } from "./normalise-text.js";

export interface ExtractOptions {
  fileName?: string;
}

/**
 * Extracts the knowledge graph of one provincial resolution or decision.
 * Deterministic: the same text always gives the same ids. Throws
 * BadDocumentError (naming the problem) for empty, binary, non-UTF-8 input or
 * a text without the structure of a legal document.
 */
export function extractDocument(input: string | Uint8Array, options: ExtractOptions = {}): GraphBatch {
  const raw = decodeInput(input, options.fileName);
  const { text, headingLineStarts } = normaliseText(raw, options.fileName);
  return buildBatch(text, headingLineStarts, options.fileName ?? null);
}
