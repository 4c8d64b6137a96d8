/**
 * The instruments a document cites, as nodes with their issuers, and what the
 * document's preamble says of them: `Căn cứ …`/`Thực hiện …` (BASED_ON),
 * `Xét …`/`Theo đề nghị …` (CONSIDERS).
 */
import type { LegalInstrumentNode } from "../domain/model.js";
import type { BatchBuilder } from "./batch-builder.js";
import type { CitationMention } from "./find-citations.js";
import type { PreambleBlock } from "./parse-header.js";
import { SpanIndex } from "./span-index.js";

export function addInstruments(b: BatchBuilder, citations: readonly CitationMention[]): void {
  for (const c of citations) {
    const node: LegalInstrumentNode = {
      kind: "LegalInstrument",
      id: c.id,
      instrumentKind: c.instrumentKind,
      number: c.number,
      normalizedNumber: c.normalizedNumber,
      title: c.title ?? c.name,
      issuedOn: c.issuedOn,
      year: c.year,
      issuerId: c.issuer?.id ?? null,
      issuerName: c.issuer?.name ?? null,
      source: b.span(c),
    };
    b.addNode(node);
    if (c.issuer) {
      b.addBody(c.issuer, c.issuer);
      b.addEdge("ISSUED_BY", c.id, c.issuer.id, c.issuer);
    }
    for (const target of c.amends) if (target !== b.documentId) b.addEdge("AMENDS", c.id, target, c);
  }
}

export function linkPreamble(b: BatchBuilder, citations: readonly CitationMention[], preamble: readonly PreambleBlock[]): void {
  const cited = new SpanIndex(citations.filter((c) => !c.amendTarget));
  for (const block of preamble) {
    for (const c of cited.within(block)) b.addEdge(block.relation, b.documentId, c.id, c);
  }
}
