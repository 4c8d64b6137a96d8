import { readFileSync } from "node:fs";
import path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { ingestDocument } from "../../src/graph/neo4j/document-write.js";
import { extractorReady, SEED_FILE } from "../contract/contract-support.js";

/**
 * A write transaction that answers every statement with no rows and counts
 * what a document costs: statements, and round trips, a round trip being the
 * statements sent before the store looked at an answer.
 */
function countingTransaction() {
  const sent: string[] = [];
  let roundTrips = 0;
  let lookedAtAnswer = true;
  const counters = { updates: () => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }) };
  const tx = {
    run(text: string) {
      sent.push(text.trim().split("\n")[0]);
      if (lookedAtAnswer) roundTrips += 1;
      lookedAtAnswer = false;
      const result = { records: [], summary: { counters } };
      return {
        then(resolve: (value: unknown) => unknown, reject: (error: unknown) => unknown) {
          lookedAtAnswer = true;
          return Promise.resolve(result).then(resolve, reject);
        },
      };
    },
  };
  return { tx: tx as unknown as ManagedTransaction, sent, roundTrips: () => roundTrips };
}

describe.runIf(extractorReady)("ingest on Neo4j: what one document costs", () => {
  it("sends the seed's hundreds of nodes and edges in a few statements, and all its writes in one round trip", async () => {
    const batch = extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) });
    const { tx, sent, roundTrips } = countingTransaction();
    const result = await ingestDocument(tx, batch);
    expect(result.outcome).toBe("new");
    const kinds = new Set(batch.nodes.map((node) => node.kind)).size;
    const types = new Set(batch.edges.map((edge) => edge.type)).size;
    expect(batch.nodes.length + batch.edges.length).toBeGreaterThan(500);
    // One MERGE per kind and per relationship type, plus the reads and the bookkeeping.
    expect(sent.filter((text) => text.startsWith("UNWIND $rows AS row")).length).toBeLessThanOrEqual(kinds + types + 3);
    expect(sent.length, sent.join("\n")).toBeLessThanOrEqual(kinds + types + 8);
    // The document and its versions; the nodes it touches (locked) and owns; the edges' statements; then every write.
    expect(roundTrips(), sent.join("\n")).toBeLessThanOrEqual(4);
  });
});
