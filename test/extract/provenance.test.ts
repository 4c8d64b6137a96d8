import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/domain/model.js";
import type { GraphBatch, GraphNode } from "../../src/domain/model.js";
import { foldText } from "../../src/domain/text-fold.js";
import { CORPUS_DIR, SEED_FILE, extractFile } from "./helpers.js";

const files = [SEED_FILE, ...readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort()];

/** The words a node's span must quote. */
function wordsOf(node: GraphNode): string | null {
  switch (node.kind) {
    case "Task":
      return node.text;
    case "Place":
      return node.name;
    case "Target":
      return node.text;
    case "LegalInstrument":
      return node.normalizedNumber ? null : node.title;
    case "Project":
      return null;
    case "Provision":
      if (node.level === "INDENT" || node.level === "PART") return null;
      return node.label.replace(/^(?:khoản|điểm|gạch đầu dòng) /, "").replace(/^Mục /, "").replace(/^Chương /, "");
    default:
      return null;
  }
}

const fold = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, " ").trim();

describe.each(files.map((f) => [path.basename(f), f]))("%s: provenance and identity", (_name, file) => {
  const batch: GraphBatch = extractFile(file);
  const text = batch.document.text;

  it("gives every node and edge a unique id", () => {
    const ids = batch.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = batch.edges.map(edgeKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const n of batch.nodes) expect(n.id).toMatch(/^(doc|inst|prov|task|body|place|proj|target):/);
  });

  it("connects only nodes of the batch", () => {
    const ids = new Set(batch.nodes.map((n) => n.id));
    for (const e of batch.edges) {
      expect(ids.has(e.from), `${e.type} from ${e.from}`).toBe(true);
      expect(ids.has(e.to), `${e.type} to ${e.to}`).toBe(true);
    }
  });

  it("quotes the entity's own words with every span", () => {
    for (const node of batch.nodes) {
      if (!node.source) continue;
      expect(node.source.documentId).toBe(batch.document.id);
      expect(node.source.start).toBeGreaterThanOrEqual(0);
      expect(node.source.end).toBeLessThanOrEqual(text.length);
      const quoted = text.slice(node.source.start, node.source.end);
      const words = wordsOf(node);
      if (words) expect(fold(quoted), `${node.id}`).toContain(fold(words));
      if (node.kind === "LegalInstrument" && node.number) expect(quoted.replace(/\s+/g, "")).toContain(node.normalizedNumber);
      if (node.kind === "Body") expect(quoted.length).toBeGreaterThan(0);
    }
    for (const edge of batch.edges) {
      if (!edge.source) continue;
      expect(edge.source.end).toBeGreaterThanOrEqual(edge.source.start);
      expect(edge.source.end).toBeLessThanOrEqual(text.length);
    }
  });

  it("quotes each task's sentence and keeps it inside its provision", () => {
    const provisions = new Map(batch.nodes.filter((n) => n.kind === "Provision").map((p) => [p.id, p]));
    for (const task of batch.nodes) {
      if (task.kind !== "Task") continue;
      expect(text.slice(task.source!.start, task.source!.end).replace(/\s+/g, " ")).toBe(task.text);
      const provision = provisions.get(task.provisionId)!;
      expect(task.source!.start).toBeGreaterThanOrEqual(provision.source!.start);
      expect(task.source!.end).toBeLessThanOrEqual(provision.source!.end);
    }
  });

  it("cites instruments from tasks with spans inside the task's sentence or a footnote it refers to", () => {
    const tasks = new Map(batch.nodes.filter((n) => n.kind === "Task").map((t) => [t.id, t]));
    for (const e of batch.edges) {
      if (e.type !== "CITES" || !tasks.has(e.from)) continue;
      const task = tasks.get(e.from)!;
      const inSentence = e.source!.start >= task.source!.start && e.source!.start < task.source!.end;
      const footnote = /\n\[(\d+)\][^\n]*$/.exec(text.slice(0, e.source!.start));
      expect(inSentence || (footnote !== null && task.text.includes(`[${footnote[1]}]`)), `${e.from} -> ${e.to}`).toBe(true);
    }
  });
});
