import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_QUERIES } from "../../bench/neo4j-queries.js";
import { DEFAULT_DOCUMENTS_DIR } from "../../src/config/config.js";
import { CORPUS_DIR } from "../contract/contract-support.js";
import { ask, type SideBySide, startSideBySide } from "./side-by-side.js";

/**
 * What the five questions of issue 12 cost on Neo4j, counted on the wire: the
 * real API over the Neo4j store, talking Bolt to a fake server that answers the
 * store's statements from the seed and corpus held in an embedded store. A
 * change that adds a transaction or a statement to one of them fails here; the
 * answers must stay those of the embedded store.
 */
let servers: SideBySide;

beforeAll(async () => {
  servers = await startSideBySide([DEFAULT_DOCUMENTS_DIR, CORPUS_DIR]);
});

afterAll(() => servers?.close());

describe("Bolt transactions and statements per question (issue 12)", () => {
  it.each(PEER_QUERIES.map((peer) => [peer.name, peer] as const))("%s", async (_name, peer) => {
    servers.bolt.received.splice(0);
    const answer = await ask(servers.onNeo4j, peer.query);
    const sent = servers.bolt.received.splice(0);
    expect(JSON.parse(answer).errors).toBeUndefined();
    expect(answer).toBe(await ask(servers.onMemory, peer.query));
    expect(answer.length).toBeGreaterThan(100);

    const transactions = sent.filter((m) => m.type === "BEGIN");
    const statements = sent.filter((m) => m.type === "RUN").map((m) => m.fields[0] as string);
    expect(transactions.length, statements.join("\n\n")).toBeLessThanOrEqual(peer.budget.transactions);
    expect(statements.length, statements.join("\n\n")).toBeLessThanOrEqual(peer.budget.statements);
    expect(sent.filter((m) => m.type === "COMMIT")).toHaveLength(transactions.length);
    for (const begin of transactions) expect(begin.fields[0]).toMatchObject({ mode: "r", db: "policy" });
    // No schema or readiness work on the request path.
    for (const text of statements) expect(text).not.toMatch(/^\s*(CREATE|CALL db\.awaitIndexes|RETURN 1\b)/);
  });
});
