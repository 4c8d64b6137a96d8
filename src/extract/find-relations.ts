/**
 * What the document does to earlier instruments: "Nghị quyết này thay thế
 * Nghị quyết số …", "…, thay thế Quyết định số …", "Điều 1. Sửa đổi, bổ sung
 * một số điều của Quyết định số …", "Bãi bỏ …".
 */
import type { BatchBuilder } from "./batch-builder.js";
import type { CitationMention } from "./find-citations.js";

export function linkDocumentRelations(b: BatchBuilder, text: string, citations: readonly CitationMention[], operativeStart: number): void {
  for (const c of citations) {
    if (c.start < operativeStart || c.nested || c.amendTarget) continue;
    const before = text.slice(Math.max(operativeStart, c.start - 200), c.start);
    const sentenceBefore = before.slice(Math.max(0, before.search(/[.:;]\s[^.:;]*$/u) + 1));
    if (/(?:này[^.;]*|,)\s*thay\s+thế\s*$/u.test(before) || /^\s*(?:Sửa\s+đổi|Bãi\s+bỏ|Thay\s+thế|Bổ\s+sung\s+một\s+số)/u.test(sentenceBefore)) {
      b.addEdge("AMENDS", b.documentId, c.id, c);
    }
  }
}
