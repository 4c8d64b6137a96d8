import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../src/domain/model.js";
import {
  fromEdgeRecord,
  fromNodeRecord,
  KIND_LABELS,
  NODE_LABEL,
  statementOf,
  statementsFrom,
  toEdgeProps,
  toNeo4jDate,
  toNodeProps,
} from "../../src/graph/neo4j/node-mapping.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../src/extract/index.js";
import { CORPUS_FILES, extractorReady, SEED_FILE } from "../contract/contract-support.js";
import { buildCitedResolutionBatch, buildSyntheticBatch, SYN } from "../fixtures/synthetic-batch.js";

/** What the driver hands back for stored values with disableLosslessIntegers: numbers, not Integers. */
function asRead(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) {
    const date = value as { year: unknown; month: unknown; day: unknown };
    return new neo4j.types.Date(asRead(date.year) as number, asRead(date.month) as number, asRead(date.day) as number);
  }
  if (Array.isArray(value)) return value.map(asRead);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asRead(v)]));
  return value;
}

const withNulls = (node: GraphNode) => JSON.parse(JSON.stringify(node, (_key, value) => (value === undefined ? null : value)));

describe("node properties", () => {
  const nodes = [...buildSyntheticBatch().nodes, ...buildCitedResolutionBatch().nodes];

  it("every node of every kind comes back from its stored properties unchanged", () => {
    expect(new Set(nodes.map((n) => n.kind)).size).toBe(8);
    for (const node of nodes) {
      const props = asRead(toNodeProps(node)) as Record<string, unknown>;
      expect(fromNodeRecord([NODE_LABEL, ...KIND_LABELS[node.kind]], props), node.id).toEqual(withNulls(node));
    }
  });

  it.runIf(extractorReady)("every node and edge the extractor makes of the seed and the corpus comes back unchanged", () => {
    const files = [SEED_FILE, ...CORPUS_FILES];
    let count = 0;
    for (const file of files) {
      const batch = extractDocument(readFileSync(file), { fileName: path.basename(file) });
      for (const node of batch.nodes) {
        const props = asRead(toNodeProps(node)) as Record<string, unknown>;
        expect(fromNodeRecord([NODE_LABEL, ...KIND_LABELS[node.kind]], props), node.id).toEqual(withNulls(node));
        count += 1;
      }
      for (const edge of batch.edges) {
        const props = asRead(toEdgeProps(edge, [statementOf(batch.document.id, edge)])) as Record<string, unknown>;
        expect(fromEdgeRecord(edge.type, edge.from, edge.to, props)).toEqual({ ...edge, role: edge.role ?? null });
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it("stores integers as Neo4j Integers, dates as Neo4j Dates, the source flattened, and no nulls", () => {
    const task = nodes.find((n) => n.id === SYN.tasks.rotation)!;
    const document = nodes.find((n) => n.id === SYN.document)!;
    const taskProps = toNodeProps(task);
    expect(neo4j.isInt(taskProps.ordinal)).toBe(true);
    expect(neo4j.isInt(taskProps.sourceStart)).toBe(true);
    expect(taskProps.sourceDocumentId).toBe(SYN.document);
    expect(taskProps).not.toHaveProperty("source");
    expect(taskProps).not.toHaveProperty("kind");
    expect(Object.values(taskProps)).not.toContain(null);
    expect(taskProps.foldedText).toContain("59/2019/nd-cp");
    const documentProps = toNodeProps(document);
    expect(neo4j.isDate(documentProps.adoptedOn)).toBe(true);
    expect(String(documentProps.adoptedOn)).toBe("2023-07-05");
    expect(documentProps).not.toHaveProperty("number");
  });

  it("stores folded and normalised keys for the lookups the API makes", () => {
    const place = toNodeProps(nodes.find((n) => n.id === SYN.places.moCayBac)!);
    expect(place).toMatchObject({ foldedName: "mo cay bac", foldedFullName: "huyen mo cay bac" });
    const decree = toNodeProps(nodes.find((n) => n.id === SYN.instruments.decree59)!);
    expect(decree).toMatchObject({ numberKey: "59 2019 nd cp" });
    expect(decree.searchText).toContain("59 2019 nd cp");
  });

  it("keeps a date that is not a real calendar date as the string it was", () => {
    expect(toNeo4jDate("2023-02-30")).toBe("2023-02-30");
    expect(toNeo4jDate("05/07/2023")).toBe("05/07/2023");
    expect(String(toNeo4jDate("2024-02-29"))).toBe("2024-02-29");
  });

  it("reads a Document carrying the LegalInstrument label as a Document, and refuses a node of no kind", () => {
    expect(fromNodeRecord(["LegalInstrument", "Node", "Document"], { id: "x", title: "t", sha256: "s", text: "" }).kind).toBe("Document");
    expect(() => fromNodeRecord(["Node"], { id: "x" })).toThrow(/no model label/);
  });
});

describe("relationship properties", () => {
  it("keeps every document's statement and shows the smallest document id's span and scope, in any order", () => {
    const edge = buildSyntheticBatch().edges.find((e) => e.type === "RESPONSIBLE")!;
    const statements = [
      { documentId: "doc:a", span: null },
      { documentId: "doc:b", span: { documentId: "doc:b", start: 3, end: 9 } },
    ];
    const props = asRead(toEdgeProps(edge, statements)) as Record<string, unknown>;
    expect(props).toMatchObject({ role: edge.role, statedBy: ["doc:a", "doc:b"], spanStarts: [-1, 3] });
    expect(props).not.toHaveProperty("sourceDocumentId");
    expect(statementsFrom(props)).toEqual(statements);
    expect(fromEdgeRecord("RESPONSIBLE", edge.from, edge.to, props)).toEqual({ ...edge, source: null });

    const reordered = asRead(toEdgeProps(edge, [...statements].reverse())) as Record<string, unknown>;
    expect(reordered).toEqual(props);

    const scoped = [
      { documentId: "doc:c", span: { documentId: "doc:c", start: 1, end: 2 } },
      { documentId: "doc:b", span: { documentId: "doc:b", start: 3, end: 9 }, scope: "khoản 2 Điều 8" },
    ];
    const scopedProps = asRead(toEdgeProps({ role: null }, scoped)) as Record<string, unknown>;
    expect(statementsFrom(scopedProps)).toEqual([...scoped].reverse());
    expect(fromEdgeRecord("AMENDS", "a", "b", scopedProps)).toEqual({
      type: "AMENDS",
      from: "a",
      to: "b",
      role: null,
      source: { documentId: "doc:b", start: 3, end: 9 },
      scope: "khoản 2 Điều 8",
    });
  });

  it("gives role null to every type but RESPONSIBLE", () => {
    const cites = buildSyntheticBatch().edges.find((e) => e.type === "CITES")!;
    const props = asRead(toEdgeProps(cites, [{ documentId: SYN.document, span: cites.source }])) as Record<string, unknown>;
    expect(props).not.toHaveProperty("role");
    expect(fromEdgeRecord("CITES", cites.from, cites.to, props)).toEqual(cites);
  });
});
